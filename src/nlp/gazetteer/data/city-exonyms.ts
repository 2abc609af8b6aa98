/**
 * English names of cities GeoNames lists under another name, and cities news names that fall under the
 * population floor of the generated list (coordinates from GeoNames / Wikipedia, rounded).
 * EXONYMS: English name → GeoNames name (must exist in places.generated.ts).
 */
export const CITY_EXONYMS: Readonly<Record<string, string>> = {
  Geneva: 'Genève',
  'New York': 'New York City',
  'Washington, D.C.': 'Washington D.C.',
  'Washington DC': 'Washington D.C.',
  Cologne: 'Köln',
  Kiev: 'Kyiv',
  Basra: 'Basrah',
  Nuremberg: 'Nürnberg',
  Gothenburg: 'Göteborg',
  Bombay: 'Mumbai',
  Calcutta: 'Kolkata',
  Madras: 'Chennai',
  Peking: 'Beijing',
  Saigon: 'Ho Chi Minh City',
};

/** Rows: name | iso2 | lat | lon | population (approximate). */
export const EXTRA_CITIES_TSV = `Tikrit|IQ|34.61|43.68|160000
Sulaymaniyah|IQ|35.56|45.44|720000
Hodeidah|YE|14.80|42.95|410000
Samarra|IQ|34.20|43.87|160000
Qaim|IQ|34.37|41.09|75000
Al-Qaim|IQ|34.37|41.09|75000
Bushehr|IR|28.97|50.84|223000
Natanz|IR|33.51|51.92|14000
Fordow|IR|34.88|50.99|1000
Mahshahr|IR|30.56|49.20|160000`;

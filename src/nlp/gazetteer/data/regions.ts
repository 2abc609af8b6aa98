/**
 * Regions, seas and sub-national areas news writes about, with approximate centres (hand-entered; degrees).
 * Kind `region` in the gazetteer: a LOC unless it is a state/province (then GPE; `gpe: true`).
 * Rows: name | iso2 of the country it lies in ('' for supranational) | lat | lon | gpe.
 */
export const REGIONS_TSV = `Middle East||29|42|
Near East||31|38|
Persian Gulf||27|51|
Gulf||27|51|
Arabian Gulf||27|51|
Gulf of Oman||24.5|58.5|
Strait of Hormuz||26.6|56.3|
Red Sea||20|38|
Arabian Sea||15|65|
Mediterranean||35|18|
Mediterranean Sea||35|18|
Black Sea||43|35|
Caspian Sea||42|51|
South China Sea||12|114|
Levant||33.5|36|
Horn of Africa||8|45|
Sahel||15|5|
Balkans||43|21|
Caucasus||42|45|
Scandinavia||62|15|
Caribbean||15|-75|
Europe||50|10|
Asia||34|100|
Africa||2|20|
North America||45|-100|
South America||-15|-60|
Latin America||-5|-65|
Central America||13|-86|
Southeast Asia||10|106|
East Asia||35|115|
Central Asia||45|65|
South Asia||22|78|
Oceania||-20|150|
Arctic||80|0|
Antarctica||-80|0|
Pacific||0|-160|
Pacific Ocean||0|-160|
Atlantic||20|-40|
Atlantic Ocean||20|-40|
Indian Ocean||-20|80|
Kurdistan|IQ|36.2|44|1
Iraqi Kurdistan|IQ|36.2|44|1
Kurdistan Region|IQ|36.2|44|1
Anbar|IQ|33.4|42.5|1
Anbar Province|IQ|33.4|42.5|1
Nineveh|IQ|36|42.5|1
Diyala|IQ|33.8|45|1
Salahuddin|IQ|34.5|43.5|1
Kirkuk Province|IQ|35.5|44.3|1
Khuzestan|IR|31.3|48.7|1
Kerman Province|IR|29.5|57|1
Sistan and Baluchestan|IR|27.5|60.5|1
Idlib Province|SY|35.8|36.6|1
Golan Heights|SY|33|35.8|
Gaza|PS|31.45|34.4|1
Gaza Strip|PS|31.45|34.4|1
West Bank|PS|32|35.25|1
Sinai|EG|29.5|33.8|
Sinai Peninsula|EG|29.5|33.8|
Crimea|UA|45.3|34.4|1
Donbas|UA|48|38|
Kashmir|IN|34|76|1
Xinjiang|CN|41|85|1
Tibet|CN|31|88|1
Hong Kong|HK|22.3|114.2|1
Chechnya|RU|43.4|45.7|1
Siberia|RU|60|100|
Punjab|PK|31|72|1
Balochistan|PK|28.5|65|1
Darfur|SD|13|24|1
Catalonia|ES|41.8|1.5|1
Scotland|GB|56.5|-4.2|1
England|GB|52.5|-1.5|1
Wales|GB|52.3|-3.7|1
Northern Ireland|GB|54.6|-6.7|1
Bavaria|DE|48.9|11.4|1
Quebec|CA|52|-72|1
Ontario|CA|50|-85|1
Alabama|US|32.8|-86.8|1
Alaska|US|64|-150|1
Arizona|US|34.2|-111.7|1
Arkansas|US|34.9|-92.4|1
California|US|37.2|-119.5|1
Colorado|US|39|-105.5|1
Connecticut|US|41.6|-72.7|1
Delaware|US|39|-75.5|1
Florida|US|28.6|-82.4|1
Hawaii|US|20.8|-156.3|1
Idaho|US|44.4|-114.6|1
Illinois|US|40|-89.2|1
Indiana|US|39.9|-86.3|1
Iowa|US|42.1|-93.5|1
Kansas|US|38.5|-98.4|1
Kentucky|US|37.5|-85.3|1
Louisiana|US|31|-92|1
Maine|US|45.4|-69.2|1
Maryland|US|39|-76.8|1
Massachusetts|US|42.3|-71.8|1
Michigan|US|44.3|-85.4|1
Minnesota|US|46.3|-94.3|1
Mississippi|US|32.7|-89.7|1
Missouri|US|38.4|-92.5|1
Montana|US|47|-109.6|1
Nebraska|US|41.5|-99.8|1
Nevada|US|39.3|-116.6|1
New Hampshire|US|43.7|-71.6|1
New Jersey|US|40.2|-74.7|1
New Mexico|US|34.4|-106.1|1
New York State|US|42.9|-75.5|1
North Carolina|US|35.5|-79.4|1
North Dakota|US|47.5|-100.5|1
Ohio|US|40.3|-82.8|1
Oklahoma|US|35.6|-97.5|1
Oregon|US|43.9|-120.6|1
Pennsylvania|US|40.9|-77.8|1
Rhode Island|US|41.7|-71.5|1
South Carolina|US|33.9|-80.9|1
South Dakota|US|44.4|-100.2|1
Tennessee|US|35.9|-86.4|1
Texas|US|31.5|-99.3|1
Utah|US|39.3|-111.7|1
Vermont|US|44.1|-72.7|1
Virginia|US|37.5|-78.9|1
Washington State|US|47.4|-120.5|1
West Virginia|US|38.6|-80.6|1
Wisconsin|US|44.6|-89.9|1
Wyoming|US|43|-107.6|1
Silicon Valley|US|37.4|-122.1|`;

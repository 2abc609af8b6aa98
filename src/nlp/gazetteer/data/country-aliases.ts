/**
 * Names news uses for countries that world-countries lacks or spells otherwise (ISO 3166-1 alpha-2 → names).
 * Matched case-sensitively, so `US` does not fire on the pronoun `us`.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  RU: ['Russian Federation'],
  KR: ['Republic of Korea'],
  KP: ['DPRK', 'North Korea'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  VA: ['Vatican'],
  PS: ['Palestinian territories', 'Palestinian Territories'],
  TW: ['Republic of China'],
  MM: ['Burma'],
  NL: ['Holland'],
  TR: ['Turkey', 'Turkiye'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
  SA: ['KSA'],
};

/** The name to show for a country where world-countries' common name is not the one English news uses. */
export const COUNTRY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
};

/** Extra demonyms (and plural forms the plural rule misses), ISO2 → words. */
export const DEMONYM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  SA: ['Saudi', 'Saudis'],
  GB: ['Briton', 'Britons', 'Brits'], // not `English`: in news mostly the language
  US: ['Americans', 'U.S.-based'],
  AE: ['Emiratis'],
  NL: ['Dutch'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  FR: ['French', 'Frenchman'],
  CH: ['Swiss'],
  PH: ['Filipino', 'Filipinos'],
  KR: ['Korean', 'Koreans'],
  PS: ['Palestinians'],
  IL: ['Israelis'],
  TR: ['Turks', 'Turk'],
  AF: ['Afghans'],
  DO: ['Dominican', 'Dominicans'],
};

/**
 * Group words that are NORP but name no country (ethnic, religious, political groups): gazetteer kind
 * `demonym`, no country.
 */
export const GROUP_DEMONYMS: readonly string[] = [
  'Kurdish', 'Kurds', 'Kurd', 'Arab', 'Arabs', 'Persian', 'Persians', 'Shiite', 'Shiites', 'Shia', "Shi'ite", 'Sunni',
  'Sunnis', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Jewish', 'Jews', 'Jew', 'Catholic', 'Catholics', 'Baloch',
  'Pashtun', 'Yazidi', 'Yazidis', 'Druze', 'Alawite', 'Alawites', 'Maronite', 'Hindu', 'Hindus', 'Buddhist',
  'European', 'Europeans', 'Western', 'Westerners', 'Asian', 'African', 'Latino', 'Hispanic', 'Republican',
  'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Islamist', 'Islamists', 'Zionist', 'Baathist', 'Tory', 'Tories',
];

/** Outlets by web domain, the names pages call themselves by, and how a registrable domain is found. */

/** Domain (and its subdomains) → the outlet's usual name. */
export const OUTLET_DOMAINS: Readonly<Record<string, string>> = {
  'dw.com': 'DW', 'dw.de': 'DW', 'bbc.co.uk': 'BBC', 'bbc.com': 'BBC', 'reuters.com': 'Reuters', 'apnews.com': 'AP',
  'afp.com': 'AFP', 'theguardian.com': 'The Guardian', 'guardian.co.uk': 'The Guardian', 'cnn.com': 'CNN',
  'aljazeera.com': 'Al Jazeera', 'aljazeera.net': 'Al Jazeera', 'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post', 'foxnews.com': 'Fox News', 'news24.com': 'News24',
  'alaraby.co.uk': 'The New Arab', 'newarab.com': 'The New Arab', 'france24.com': 'France 24', 'euronews.com': 'Euronews',
  'npr.org': 'NPR', 'politico.com': 'Politico', 'politico.eu': 'Politico', 'breitbart.com': 'Breitbart',
  'huffpost.com': 'HuffPost', 'huffingtonpost.com': 'HuffPost', 'usatoday.com': 'USA Today', 'wsj.com': 'The Wall Street Journal',
  'ft.com': 'Financial Times', 'economist.com': 'The Economist', 'bloomberg.com': 'Bloomberg', 'cbsnews.com': 'CBS News',
  'nbcnews.com': 'NBC News', 'abcnews.go.com': 'ABC News', 'independent.co.uk': 'The Independent',
  'telegraph.co.uk': 'The Telegraph', 'dailymail.co.uk': 'Daily Mail', 'timesofisrael.com': 'The Times of Israel',
  'haaretz.com': 'Haaretz', 'jpost.com': 'The Jerusalem Post', 'arabnews.com': 'Arab News', 'thenationalnews.com': 'The National',
  'middleeasteye.net': 'Middle East Eye', 'tehrantimes.com': 'Tehran Times', 'presstv.ir': 'Press TV', 'rt.com': 'RT',
  'tass.com': 'TASS', 'xinhuanet.com': 'Xinhua', 'spiegel.de': 'Der Spiegel', 'lemonde.fr': 'Le Monde',
  'irishtimes.com': 'The Irish Times', 'abc.net.au': 'ABC News (Australia)', 'cbc.ca': 'CBC', 'thehill.com': 'The Hill',
  'axios.com': 'Axios', 'vox.com': 'Vox', 'latimes.com': 'Los Angeles Times', 'time.com': 'Time', 'upi.com': 'UPI',
};

/** What a page's self-reference may call an outlet → the name used above. */
export const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  'DW News': 'DW', 'Deutsche Welle': 'DW', 'BBC News': 'BBC', 'CNN International': 'CNN', 'Guardian': 'The Guardian',
  'Al Jazeera English': 'Al Jazeera', 'Associated Press': 'AP', 'The Associated Press': 'AP', 'New Arab': 'The New Arab',
};

const NAME = "([A-Z][\\w&.-]{0,20}(?: [A-Z][\\w&.-]{0,20}){0,3})";
/** A live blog naming itself: "Welcome to the DW News' live blog covering …". */
export const SELF_REFERENCES: readonly RegExp[] = [
  new RegExp(`\\bWelcome to (?:the )?${NAME}(?:['’]s?)? live (?:blog|coverage|updates|reporting)\\b`),
  new RegExp(`\\bYou(?:['’]re| are) (?:reading|following|watching) (?:the )?${NAME}(?:['’]s?)? live (?:blog|coverage|updates)\\b`),
];

/** Second-level labels under a country code that are registries, not owners: `co.uk`, `com.au`, `go.jp`. */
export const REGISTRY_LABELS: ReadonlySet<string> = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'mil', 'nic', 'ltd', 'plc', 'sch', 'info', 'biz', 'gv', 'nom']);

/** Month names (and common abbreviations) of the languages the pages come in, lower-case → month number. */
const NAMES: Readonly<Record<number, readonly string[]>> = {
  1: ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro', 'stycznia', 'styczeń'],
  2: ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro', 'lutego', 'luty'],
  3: ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'maart', 'março', 'marca', 'marzec'],
  4: ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio', 'maja', 'maj'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec'],
  7: ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'lipiec'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'sierpień'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'wrzesień'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'październik'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad'],
  12: ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'grudzień'],
};

export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(NAMES).flatMap(([month, names]) => names.map((name) => [name, Number(month)] as [string, number])),
);

/** An alternation of every name, longest first, for building dateline patterns. */
export const MONTH_ALTERNATION = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * Units, as token sequences (lower case) mapped to the unit name a Fact carries. Multi-token units
 * are matched longest first. Currency codes follow ISO 4217.
 */

export type UnitKind = 'percent' | 'currency' | 'time' | 'length' | 'area' | 'mass' | 'volume' | 'energy';

export interface UnitEntry {
  readonly tokens: readonly string[];
  readonly unit: string;
  readonly kind: UnitKind;
}

const entries = (kind: UnitKind, unit: string, ...forms: string[]): UnitEntry[] =>
  forms.map((form) => ({ tokens: form.split(' '), unit, kind }));

/** Units written after the number (`4.5 %`, `444 days`, `2 million barrels per day`). */
export const UNITS_AFTER: readonly UnitEntry[] = [
  ...entries('percent', 'percent', '%', 'percent', 'per cent', 'pct'),
  ...entries('percent', 'percentage points', 'percentage points', 'percentage point', 'points'),
  ...entries('currency', 'USD', 'dollars', 'dollar', 'us dollars', 'dlrs', 'dlr'),
  ...entries('currency', 'US cents', 'cents', 'cent', 'cts'),
  ...entries('currency', 'EUR', 'euros', 'euro'),
  ...entries('currency', 'GBP', 'pounds sterling', 'sterling'),
  ...entries('currency', 'IRR', 'rials', 'rial'),
  ...entries('currency', 'SAR', 'riyals', 'riyal'),
  ...entries('currency', 'CNY', 'yuan'),
  ...entries('currency', 'JPY', 'yen'),
  ...entries('currency', 'INR', 'rupees', 'rupee'),
  ...entries('time', 'seconds', 'seconds', 'second'),
  ...entries('time', 'minutes', 'minutes', 'minute', 'mins'),
  ...entries('time', 'hours', 'hours', 'hour'),
  ...entries('time', 'days', 'days', 'day'),
  ...entries('time', 'weeks', 'weeks', 'week'),
  ...entries('time', 'months', 'months', 'month', 'mths'),
  ...entries('time', 'years', 'years', 'year'),
  ...entries('time', 'decades', 'decades', 'decade'),
  ...entries('length', 'km', 'km', 'kms', 'kilometers', 'kilometres', 'kilometer', 'kilometre'),
  ...entries('area', 'km2', 'square kilometers', 'square kilometres', 'square km', 'sq km'),
  ...entries('area', 'm2', 'square meters', 'square metres'),
  ...entries('area', 'square miles', 'square miles', 'sq miles'),
  ...entries('area', 'hectares', 'hectares', 'hectare'),
  ...entries('area', 'acres', 'acres', 'acre'),
  ...entries('length', 'miles', 'miles', 'mile'),
  ...entries('length', 'm', 'meters', 'metres', 'meter', 'metre'),
  ...entries('length', 'feet', 'feet', 'foot', 'ft'),
  ...entries('mass', 'kg', 'kg', 'kilograms', 'kilogrammes', 'kilos'),
  ...entries('mass', 'lb', 'lbs', 'lb'),
  ...entries('mass', 'tonnes', 'tonnes', 'tons', 'tonne', 'ton'),
  ...entries('volume', 'barrels per day', 'barrels per day', 'barrels a day', 'bpd'),
  ...entries('volume', 'barrels', 'barrels', 'barrel'),
  ...entries('energy', 'MW', 'megawatts', 'megawatt', 'mw'),
  ...entries('volume', 'litres', 'litres', 'liters', 'litre', 'liter'),
  ...entries('volume', 'gallons', 'gallons', 'gallon'),
];

/** Units glued to the digits by the tokenizer (`10km`, `5kg`). */
export const GLUED_UNITS: ReadonlyMap<string, UnitEntry> = new Map([
  ['km', { tokens: ['km'], unit: 'km', kind: 'length' }],
  ['kg', { tokens: ['kg'], unit: 'kg', kind: 'mass' }],
]);

/** Currency written before the number (`$1.5 billion`, `US$ 3`, `€20`). */
export const CURRENCY_BEFORE: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'], ['¥', 'JPY'],
]);

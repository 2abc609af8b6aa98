/** The words a timeline compares sentences by: lower-cased content words (vectors: ../sparse-vectors.ts). */

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers him his
  how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
  said same she should so some such than that the their them then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your s t mr mrs ms`.split(/\s+/),
);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w) && !/^\d{1,2}$/.test(w));
}

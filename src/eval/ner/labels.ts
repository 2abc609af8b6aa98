/**
 * How each dataset's labels meet our six types (see ../shared/data/ner/label_map.json).
 * OntoNotes: PERSON, NORP, ORG, GPE, LOC as they are, FAC → FACILITY, the other twelve types → none.
 * CoNLL-2003 scoring: our output mapped to CoNLL types (PERSON→PER, ORG→ORG, GPE/LOC/FACILITY→LOC,
 * NORP→MISC); MISC is left out on both sides (gold MISC chunks and our NORP chunks are dropped), so
 * the figure is micro F1 over PER, ORG and LOC.
 */
export const ONTONOTES_TO_OURS: Readonly<Record<string, string>> = {
  PERSON: 'PERSON', NORP: 'NORP', FAC: 'FACILITY', ORG: 'ORG', GPE: 'GPE', LOC: 'LOC',
};

/** Our output in OntoNotes scoring: the six types; the auxiliary MISC class is not scored. */
export function scoredOntonotesType(type: string): string | null {
  return type in ONTONOTES_TO_OURS || Object.values(ONTONOTES_TO_OURS).includes(type) ? type : null;
}

export const OURS_TO_CONLL: Readonly<Record<string, string>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FACILITY: 'LOC', NORP: 'MISC',
};

export const CONLL_SCORED = new Set(['PER', 'ORG', 'LOC']);

/** The other OntoNotes name types, learned as the auxiliary MISC class (numbers, dates and times stay O). */
const ONTONOTES_OTHER_NAMES = new Set(['EVENT', 'WORK_OF_ART', 'LAW', 'PRODUCT', 'LANGUAGE']);

/** An OntoNotes BIO tag as a training tag: our six types, MISC for the other names, O for the rest. */
export function ontonotesTrainingTag(tag: string): string {
  if (tag.length > 2 && ONTONOTES_OTHER_NAMES.has(tag.slice(2))) return `${tag.slice(0, 2)}MISC`;
  return ontonotesTag(tag);
}

/** An OntoNotes BIO tag as one of ours (`B-FAC` → `B-FACILITY`, `B-DATE` → `O`). */
export function ontonotesTag(tag: string): string {
  if (tag === 'O' || tag.length < 3) return 'O';
  const ours = ONTONOTES_TO_OURS[tag.slice(2)];
  return ours === undefined ? 'O' : `${tag.slice(0, 2)}${ours}`;
}

/** Closed word classes the span finder needs (lower-case). */

export const PERSON_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'any'> = new Map([
  ['he', 'm'], ['she', 'f'], ['i', 'any'], ['we', 'any'], ['you', 'any'], ['him', 'm'], ['her', 'f'],
]);

/** Pronouns that can stand as the whole source. */
export const SOURCE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'that', 'one', 'others', 'some', 'many', 'both', 'critics']);

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many',
  'several', 'other', 'both', 'all', 'most', 'few', 'two', 'three', 'one', 'another', 'each', 'every', 'any', 'no',
]);

/** Auxiliaries and adverbs between a subject and its cue (`Trump has also said`). */
export const CUE_MODIFIERS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'not', 'n’t', "n't", 'did', 'does',
  'do', 'would', 'will', 'could', 'may', 'might', 'can', 'should', 'must', 'publicly', 'repeatedly', 'previously',
  'reportedly', 'later', 'recently', 'once', 'then', 'now', 'still', 'just', 'even', 'again', 'already', 'often', 'never',
  'first', 'long', 'widely', 'quickly', 'strongly', 'increasingly', 'initially', 'formally', 'openly', 'officially',
  'explicitly', 'flatly', 'angrily', 'privately', 'simply', 'only', 'further', 'finally', 'earlier', 'subsequently',
  'all', 'both', 'too', 'best', 'well', 'far', 'so', 'ever', 'soon', 'much', 'perhaps', 'probably', 'certainly', 'once', '’s', "'s", '’re', "'re", '’ve', "'ve", '’d', "'d", '’ll', "'ll", 'clearly', 'effectively', 'essentially', 'directly', 'actually', 'really', 'specifically',
]);

/** Words that end a noun phrase going leftwards from a cue: verbs, conjunctions, subordinators. */
export const NP_BREAKERS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'because', 'when', 'while', 'if', 'as', 'after', 'before',
  'since', 'though', 'although', 'where', 'so', 'than', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'be', 'been',
  'will', 'would', 'said', 'says', 'told', 'not', 'to', 'what', 'how', 'why', 'whether', 'there', 'here', 'also', 'until',
  'unless', 'yet', 'then', 'do', 'does', 'did', 'can', 'could', 'should', 'may', 'might', 'must', 'he', 'she', 'they',
  'we', 'i', 'it', 'you', 'him', 'them', 'us', 'me', 'about', 'like', 'into', 'over', 'against', 'through', 'during',
  'by', 'under', 'including', 'among', 'despite', 'without', 'toward', 'towards', 'upon', 'within', 'across', 'between', 'via',
]);

/** Prepositions that may join two noun phrases inside one source (`a spokesman for the Pentagon`). */
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on']);

/** Time words that sit between a cue and its content (`said Monday that`). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'recently',
]);

export const OPEN_QUOTES: ReadonlySet<string> = new Set(['“', '"', '«', '‘', "'"]);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['”', '"', '»', '’', "'"]);
export const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '...', '…']);

/** Forms of `be` before a passive cue (`was asked`, `is expected`). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', '’s', "'s", '’re', "'re"]);

/** Aspect verbs between a subject and a cue in -ing (`he began talking about`, `she keeps saying`). */
export const ASPECT_VERBS: ReadonlySet<string> = new Set(['began', 'begins', 'begin', 'keeps', 'kept', 'keep', 'started', 'starts', 'start', 'continues', 'continued', 'continue', 'stopped', 'spent', 'went']);

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

/** Prepositions whose object, inside a speaker phrase, is not the speaker (`an adviser to X`, `ambassador to the UN`). */
export const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'for', 'at', 'from', 'with', 'in', 'on', 'by', 'about', 'under', 'behind', 'near', 'alongside']);

/** A live-blog entry's clock time (`07:07`, `13.42`) at the head of a phrase. */
export const CLOCK_TIME = /^[0-2]?\d[:.][0-5]\d$/;

/** Words that label a live-blog entry after its time (`07:07 Meanwhile, …`, `Update: …`). */
export const ENTRY_LABELS: ReadonlySet<string> = new Set(['meanwhile', 'update', 'updated', 'breaking', 'earlier', 'also']);

/** First words of a content clause (`said that …`, `asked whether …`). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who']);

/** Auxiliaries, modals and copulas: their presence makes indirect content a clause. */
export const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could',
  'may', 'might', 'must', 'did', 'does', 'do', "isn't", "wasn't", "won't", "can't", "don't", "didn't", 'isn’t', 'wasn’t',
  'won’t', 'can’t', 'don’t', 'didn’t', "it's", 'it’s', "there's", 'there’s',
]);

/** Common irregular past tenses (a finite verb in a reported clause: `an airstrike hit a convoy`). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'hit', 'said', 'told', 'made', 'took', 'gave', 'sent', 'left', 'went', 'came', 'saw', 'knew', 'thought', 'began', 'became',
  'brought', 'bought', 'fought', 'held', 'kept', 'led', 'lost', 'met', 'paid', 'ran', 'shot', 'spoke', 'stood', 'struck',
  'won', 'wrote', 'broke', 'chose', 'drove', 'fell', 'felt', 'found', 'got', 'grew', 'heard', 'meant', 'put', 'set', 'sought', 'spent', 'threw',
]);

/** Cues whose noun-phrase object is itself what was said (`vowed revenge`, `called for restraint`). */
export const NOUN_OBJECT_CUES: ReadonlySet<string> = new Set([
  'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging', 'promise', 'promises', 'promised', 'promising',
  'swore', 'swear', 'swears', 'demand', 'demands', 'demanded', 'demanding', 'call', 'calls', 'called', 'calling',
  'urge', 'urges', 'urged', 'urging',
]);

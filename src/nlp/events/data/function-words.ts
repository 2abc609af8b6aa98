/** Small closed word lists the event features and argument rules read. Lower-case. */

/** Words that negate a following cue within a short window (`did not attack`, `refused to meet`). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'without', 'refuse', 'refused', 'refuses', 'declined', 'denied', 'rejected']);

/** Forms of `be`/`get` that make a following participle passive (`was killed`, `were arrested`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets', "'s"]);

/** Prepositions that introduce the place of a happening (`in Baghdad`, `at the embassy`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into']);

/** Prepositions that introduce the target of a nominal trigger (`strike on Soleimani`, `sanctions against Iran`). */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'with', 'to', 'of', 'toward', 'towards', 'over']);

/** Determiners that make a nominal trigger point back at something told before (`the strike`). */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her']);

/** Words that are never the trigger of a happening (the fallback trigger must be a content word). */
export const NOT_TRIGGERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'into', 'over',
  'after', 'before', 'about', 'against', 'amid', 'between', 'during', 'since', 'until', 'than', 'that', 'this', 'these',
  'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'it', 'its', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'no', 'also',
  'more', 'most', 'said', 'says', 'say', 'told', 'according', 'there', 'here', 'some', 'all', 'any', 'other', 'two',
  'one', 'three', 'new', 'last', 'first', 'year', 'years', 'day', 'days', 'week', 'weeks', 'time', 'people',
]);

/**
 * Cues the quote finder may take for speech that are orders to act ("Trump ordered the killing of
 * …"): the one who orders is the actor of the happening, and it is not reported speech. Stems.
 */
export const DIRECTIVE_CUES: ReadonlySet<string> = new Set(['order', 'authoriz', 'authoris', 'direct', 'command', 'instruct', 'approv', 'sanction']);

/** Speech verbs (stems): a time expression before "X said … that" dates the saying, not the happening. */
export const SPEECH_STEMS: ReadonlySet<string> = new Set(['said', 'sai', 'told', 'tell', 'announc', 'confirm', 'claim', 'report', 'stat', 'add', 'insist', 'declar', 'acknowledg', 'admit', 'revealed', 'reveal', 'explain', 'note', 'wrot', 'tweet', 'tweeted']);

/** Words that open a second, contrasting clause after a comma (`X vowed revenge, while Y said …`). */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though']);

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

/**
 * Words that open a subordinate clause or phrase telling another happening: a time expression
 * beyond one of them ("the attack came after militias stormed the embassy on Tuesday") dates that
 * happening, not the trigger. Lower-case.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'since', 'until', 'when', 'because', 'amid', 'ahead', 'including', 'followed', 'follows']);

/** Words allowed between a speech verb and its time expression ("said on Thursday", "said late Friday"). */
export const SPEECH_TIME_GLUE: ReadonlySet<string> = new Set(['on', 'late', 'early', 'earlier', 'in', 'this', 'last']);

/**
 * Words that make the next few words hypothetical or planned, not a happening ("plans to attack",
 * "would be the first target", "if Iran attacked", "is likely to strike"). Lower-case words.
 */
export const IRREALIS: ReadonlySet<string> = new Set(['if', 'would', 'could', 'might', 'may', 'likely', 'plan', 'plans', 'planning', 'planned', 'plotting', 'plotted', 'whether', 'unless', 'possible', 'potential']);

/** Verbs of "refused to comment / elaborate / speculate": refusing them is CAMEO 011 (decline comment), a statement, not a PLOVER rejection. */
export const NO_COMMENT_VERBS: ReadonlySet<string> = new Set(['comment', 'elaborate', 'speculate', 'confirm', 'say']);

/** Words that open a condition: a cue after one, before the next comma, has not happened ("if he sends more troops, …"). */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * Page furniture that survives cleaning in live blogs ("Welcome to our live blog …", "Read more on
 * … here", "you can read the full roundup here"): such a sentence reports nothing. Tested on the
 * lower-cased sentence text.
 */
export const FURNITURE_PATTERNS: readonly RegExp[] = [/^(?:\d{1,2}[:.]\d{2}\s+)?welcome to\b/, /\bread (?:more|the full)\b.*\bhere\b/, /\b(?:click|tap) here\b/];

/** Pronouns that, opening a clause, are its subject: someone named before acts ("He called for …"). */
export const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Words of a speaker's title that make them a commentator, not an actor CAMEO codes (analysts,
 * experts, reporters): their statements are commentary, not events. Lower-case substrings.
 */
export const COMMENTATOR_WORDS: readonly string[] = ['analyst', 'expert', 'reporter', 'journalist', 'correspondent', 'professor', 'researcher', 'fellow', 'scholar', 'commentator', 'editor', 'columnist'];

/** Affiliations that make a person described by them a commentator ("from the Varna Institute for …"). Lower-case substrings. */
export const COMMENTATOR_AFFILIATIONS: readonly string[] = ['institute', 'university', 'think tank'];

/** PLOVER categories whose cue, said in the first person in a direct quote ("We call on …", "we vow …"), is the speaker's act. */
export const SPEECH_ACT_CATEGORIES: ReadonlySet<string> = new Set(['REQUEST', 'THREATEN', 'ACCUSE', 'SUPPORT', 'REJECT', 'AGREE']);

/** Words that make the following verb describe a standing state, not a happening ("are currently training"). */
export const STATE_WORDS: ReadonlySet<string> = new Set(['currently', 'routinely', 'usually', 'regularly']);

/**
 * General nouns a story uses to name a happening it has told ("this action", "America's action",
 * "the move", "this was a decisive blow"): after a word that points back
 * they continue the document's latest material happening (its category, its participants, its date).
 */
export const REFERENCE_NOUNS: ReadonlySet<string> = new Set(['action', 'blow', 'move', 'operation']);

/** Categories of material happenings (not words): what a reference noun ("the move", "this action") may name. */
export const MATERIAL_CATEGORIES: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'PROTEST', 'AID', 'CONCEDE', 'RETREAT']);

/** Stems of words naming a risk: a warning about one is a pessimistic comment, not a threat ("warned that the risk … is high"). */
export const RISK_STEMS: ReadonlySet<string> = new Set(['risk', 'danger', 'peril', 'hazard']);

/** Third-person pronouns: right before a cue in a direct quote they make it a report of someone else's deed, not the speaker's act ("He supported terror," she said). */
export const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/** Words after which an undated happening is background the report recalls ("came after X stormed …", "on the heels of attacks …"); "including" is not one ("including sending troops" is part of the news). */
export const BACKGROUND_WORDS: ReadonlySet<string> = new Set(['after', 'following', 'amid', 'heels']);

/** Verb stems of answering with force: after "will", "ready to", "prepared to" a threat ("is ready to respond", "are prepared to defend the border"). */
export const FORCEFUL_ANSWERS: ReadonlySet<string> = new Set(['respond', 'defend']);

/** Words of declared readiness before "to" + a forceful answer. Lower-case. */
export const READINESS_WORDS: ReadonlySet<string> = new Set(['ready', 'prepared', 'poised']);

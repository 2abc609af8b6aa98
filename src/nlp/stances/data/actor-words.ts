/**
 * Words used to find who holds a stance: the verbs that introduce what someone says or does
 * (the actor is their subject), words skipped between subject and verb, words that end a subject,
 * and titles and government bodies that stand for their country.
 */

/** Speech and reaction verbs: the actor of a clause cue is their subject (`Lavrov said … unlawful`). */
export const ANCHOR_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'warned', 'warns', 'urged', 'urges',
  'called', 'calls', 'wrote', 'writes', 'tweeted', 'tweets', 'posted', 'described', 'describes', 'insisted', 'insists',
  'argued', 'argues', 'noted', 'notes', 'declared', 'declares', 'announced', 'announces', 'stated', 'states', 'believed',
  'believes', 'claimed', 'claims', 'suggested', 'suggests', 'expressed', 'expresses', 'reiterated', 'vowed', 'vows',
  'demanded', 'demands', 'asked', 'asks', 'affirmed', 'affirms', 'confirmed', 'confirms', 'explained', 'explains',
  'cautioned', 'cautions', 'responded', 'responds', 'replied', 'replies', 'commented', 'echoed', 'echoes', 'pledged',
  'promised', 'thinks', 'thought', 'feels', 'felt', 'mentioned', 'acknowledged', 'admitted', 'maintained', 'saying',
  'according',
]);

/** Skipped walking left from a verb to its subject (`Russia has also urged`). */
export const SKIP_BEFORE_VERB: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'reportedly', 'already', 'since', 'then',
  'strongly', 'swiftly', 'quickly', 'later', 'earlier', 'again', 'had', 'been', 'did', 'does', 'do', 'not', "n't", 'never',
  'publicly', 'repeatedly', 'immediately', 'sharply', 'firmly', 'furiously', 'just', 'could', 'should', 'may', 'might', 'must',
]);

/** Participles that are adjectives after `be` (`has been concerned`): not passive, the subject is the actor. */
export const ADJECTIVAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'concerned', 'outraged', 'worried', 'alarmed', 'shocked', 'disappointed', 'pleased', 'delighted', 'saddened', 'appalled',
  'dismayed', 'horrified', 'committed', 'determined', 'prepared',
]);

/**
 * Common nouns that, as the head of a subject, stand for the country or body named beside them
 * (`Russia's foreign minister`, `the Syrian government`, `Iranian officials`). Other heads
 * (`Tehran residents`, `mourners`) are people, not actors: no stance is given to their country.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'ministry', 'government', 'governments', 'military', 'army', 'officials', 'official', 'spokesman',
  'spokeswoman', 'spokesperson', 'president', 'leader', 'leaders', 'leadership', 'ambassador', 'envoy', 'diplomat',
  'diplomats', 'embassy', 'parliament', 'council', 'cabinet', 'chief', 'head', 'secretary', 'premier', 'chancellor',
  'king', 'prince', 'emir', 'regime', 'authorities', 'administration', 'office', 'presidency', 'forces', 'command',
  'commander', 'general', 'mission', 'delegation', 'lawmaker', 'lawmakers', 'senator', 'speaker', 'party', 'movement',
  'militia', 'group', 'guards', 'guard', 'navy', 'state', 'department', 'agency', 'readout', 'statement', 'adviser',
  'advisor', 'cleric', 'clerics', 'ayatollah', 'foreign', 'kremlin', 'palace', 'house', 'mayor', 'governor',
]);

/** Aux before a past participle that makes the cue passive (`should be condemned`). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', "'s"]);

/** Words that end a subject phrase walking left (clause and phrase boundaries). */
export const SUBJECT_BOUNDARY: ReadonlySet<string> = new Set([
  ',', ';', ':', '(', ')', '"', '“', '”', '‘', '’', "'", '`', '«', '»', '—', '–', '-', '.', '!', '?',
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'while', 'as', 'when', 'after', 'before', 'because',
  'although', 'though', 'if', 'since', 'with', 'to', 'in', 'on', 'for', 'from', 'against', 'by', 'at', 'into', 'about',
  'over', 'amid', 'than', 'following',
]);

/** Words that end a subject written after the verb (`said Iraqi Prime Minister Adel Abdul Mahdi, …`). */
export const INVERTED_SUBJECT_BOUNDARY: ReadonlySet<string> = new Set([
  ',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '‘', '’', '`', 'in', 'on', 'at', 'during', 'after', 'before', 'that', 'who',
  'which', 'according', 'told', 'to', 'while', 'and', 'adding', 'via', 'said', 'against', 'with', 'from', 'by',
  'over', 'about', 'as', 'than', 'would', 'will', 'was', 'is', 'were', 'are', 'be', 'has', 'had', 'have', 'could', 'should',
]);

/** Subject-side pronouns: an actor only through the quote stage's speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'some', 'others', 'many', 'who', 'which', 'this', 'that', 'one', 'everyone', 'nobody', 'someone']);

/**
 * A named body that stands for its country when a country is named beside it
 * (`Germany's Foreign Ministry` → Germany): lower-case words any of which marks the name.
 */
export const GOVERNMENT_BODY_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'military', 'army', 'parliament', 'office', 'cabinet', 'embassy', 'administration', 'presidency',
  'kremlin', 'department', 'forces', 'council', 'command',
]);

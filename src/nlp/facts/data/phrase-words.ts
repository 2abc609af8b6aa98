/**
 * Words that end the noun phrase naming what a number counts (`52 Iranian sites (representing …`,
 * `750 US soldiers deployed …`): function words, auxiliaries, pronouns, reporting verbs and common
 * irregular participles. Lower case.
 */
export const PHRASE_STOP_WORDS: ReadonlySet<string> = new Set([
  // determiners, pronouns
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her',
  'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how',
  'there', 'here', 'each', 'every', 'all', 'both', 'either', 'neither', 'such', 'own',
  // prepositions, conjunctions
  'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'without', 'into', 'onto', 'over', 'under', 'about', 'after',
  'before', 'since', 'during', 'until', 'against', 'among', 'between', 'through', 'across', 'near', 'per', 'as', 'than',
  'like', 'via', 'amid', 'including', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'while', 'because', 'although', 'though',
  'whether', 'then', 'also', 'not', "n't", 'no', 'only', 'just', 'even', 'still', 'already', 'currently', 'reportedly',
  'now', 'ago', 'earlier', 'later', 'each',
  // auxiliaries, copulas, modals
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'s", "'re", "'ve", "'ll", "'d",
  // reporting and common verbs
  'said', 'say', 'says', 'told', 'tell', 'tells', 'according', 'added', 'stated', 'claimed', 'reported', 'announced',
  'died', 'die', 'remain', 'remained', 'remains', 'went', 'go', 'came', 'come', 'got', 'get', 'took', 'take',
  'taken', 'given', 'seen', 'known', 'held', 'sent', 'left', 'made', 'built', 'shot', 'hit', 'put', 'set', 'kept',
  'brought', 'found', 'thought', 'led', 'paid', 'won', 'lost', 'run', 'stand', 'face', 'include', 'includes', 'sold',
  'spent', 'vs', 'vs.', 'times', 'per',
]);

/** Prepositions after a distance that begin what it measures (`30 km outside the city`). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'outside', 'inside', 'from', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'away', 'off', 'beyond', 'behind', 'above', 'below', 'along', 'within', 'toward', 'towards', 'into', 'across',
]);

/** Words that may precede a duration whose context names what lasted (`kept … for 444 days`). */
export const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'over', 'during', 'in', 'within', 'after', 'lasting', 'of']);

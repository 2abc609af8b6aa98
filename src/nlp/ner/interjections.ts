/**
 * Interjections and discourse fillers of spoken English. Transcribed conversation capitalises them at
 * the start of an utterance ("Mm .", "Uh , ..."), where the shape alone says "name"; the tagger gets
 * a feature for membership so that fillers it never saw in training ("Mm") share the weight learned
 * from the ones it did ("Uh", "Um", "Oh"). General English knowledge, not taken from any dataset.
 */
export const INTERJECTIONS: ReadonlySet<string> = new Set([
  'ah', 'aha', 'ahem', 'ahh', 'alas', 'argh', 'aw', 'aww', 'bah', 'boo', 'bye', 'eh', 'er', 'erm', 'gee', 'golly',
  'gosh', 'ha', 'hah', 'haha', 'hahaha', 'hey', 'hi', 'hm', 'hmm', 'hmmm', 'huh', 'hurrah', 'hooray', 'mhm', 'mm',
  'mmm', 'mm-hmm', 'mmhmm', 'nah', 'nope', 'oh', 'ohh', 'okay', 'ok', 'oops', 'ouch', 'ow', 'oy', 'phew', 'pff',
  'psst', 'sh', 'shh', 'uh', 'uh-huh', 'uh-oh', 'uhh', 'uhm', 'um', 'umm', 'wow', 'whoa', 'yay', 'yeah', 'yep',
  'yes', 'yup', 'yo', 'hello', 'goodbye', 'er-', 'uh-', 'um-',
]);

/** Words that negate a cue when they come shortly before it (`did not condemn`, `refused to welcome`). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'without', 'refused', 'refuses', 'declined', 'declines', 'failed', 'fails', 'neither', 'nor', 'nothing', 'longer']);

/** How many tokens before a cue a negator may stand. */
export const NEGATION_WINDOW = 3;

/** Every evaluation suite, in the order `npm run eval` runs them. Add a suite with one import and one entry. */
import type { EvalSuite } from '../suite.ts';

export const suites: readonly EvalSuite[] = [];

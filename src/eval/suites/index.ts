/** Every evaluation suite, in the order `npm run eval` runs them. Add a suite with one import and one entry. */
import type { EvalSuite } from '../suite.ts';
import { liveblogSuite } from '../liveblog/index.ts';
import { cleanTextSuite } from '../clean-text/index.ts';
import { htmlSuite } from '../html/index.ts';
import { seedsSuite } from '../seeds/index.ts';
import { timexSuite } from '../timex/index.ts';
import { quotesSuite } from '../quotes/index.ts';
import { eventsSuite } from '../events/index.ts';
import { nerSuite } from '../ner/index.ts';
import { timelinesSuite } from '../timelines/index.ts';
import { duplicatesSuite } from './duplicates.ts';
import { clusteringSuite } from '../clustering/index.ts';

export const suites: readonly EvalSuite[] = [liveblogSuite, cleanTextSuite, htmlSuite, nerSuite, timexSuite, quotesSuite, eventsSuite, seedsSuite, clusteringSuite, duplicatesSuite, timelinesSuite];

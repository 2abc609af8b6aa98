/**
 * timelines: full timeline summarisation on T17 (9 topics, 19 reference timelines) scored as Ghalandari &
 * Ifrim (ACL 2020) score it — alignment-based ROUGE-1/2 F (tilse align+ m:1, ROUGE-1.5.5 counts) and
 * date F1, precision and recall averaged over the 19 tasks. Storyline's own annotations only: the
 * HeidelTime annotations in the data are never read. T17 is development data (README), so the rules
 * and defaults of src/stories/timeline were tuned on it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedArticle } from '../../stories/timeline/index.ts';
import { loadNlpResources } from '../load-resources.ts';
import type { EvalSuite, Metric, SuiteContext } from '../suite.ts';
import { averageOverTasks, type Pr } from './align.ts';
import { annotateArticle } from './annotate-articles.ts';
import { articleDocument, readTopic, referenceMap, t17Dir, topicNames } from './read-t17.ts';
import { runTask } from './task.ts';

const f3 = (x: number): string => x.toFixed(3);

function available(ctx: SuiteContext): boolean {
  const names = topicNames(ctx.dataDir);
  return names.length > 0 && names.every((n) => existsSync(join(t17Dir(ctx.dataDir), n, 'articles.jsonl.gz')));
}

export const timelinesSuite: EvalSuite = {
  name: 'timelines',
  description: 'timeline summarisation on T17 (19 tasks): AR-1/AR-2 F (tilse align+ m:1) and date F1, news-tls protocol',
  isAvailable: available,
  async run(ctx): Promise<readonly Metric[]> {
    const started = performance.now();
    const resources = loadNlpResources();
    const ar1: Pr[] = [], ar2: Pr[] = [], date: Pr[] = [];
    let annotated = 0, failures = 0;
    for (const name of topicNames(ctx.dataDir)) {
      const topic = readTopic(ctx.dataDir, name);
      // Annotate once per topic, only what some task's input window can read.
      const days = topic.timelines.flatMap((tl) => [...referenceMap(tl).keys()]).sort();
      const [lo, hi] = [days[0] ?? '', days[days.length - 1] ?? ''];
      const articles: AnnotatedArticle[] = [];
      for (const a of topic.articles) {
        if (a.time < lo || a.time > hi) continue;
        const outcome = annotateArticle(articleDocument(a), resources);
        if (outcome.failure !== null) {
          failures++;
          ctx.log(`timelines: annotate failed on ${a.id} (${outcome.failure}); sentences and timexes only`);
        }
        articles.push(outcome.article);
        if (++annotated % 500 === 0) ctx.log(`timelines: ${annotated} articles annotated, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
      for (const tl of topic.timelines) {
        const r = runTask(articles, tl, topic.keywords);
        ar1.push(r.scores.rouge[0] as Pr);
        ar2.push(r.scores.rouge[1] as Pr);
        date.push(r.scores.date);
        ctx.log(`timelines: ${name} l=${r.setting.dates} k=${r.setting.perDate} → ${r.items.length} dates; AR1 P ${f3(r.scores.rouge[0]!.precision)} R ${f3(r.scores.rouge[0]!.recall)}, date P ${f3(r.scores.date.precision)} R ${f3(r.scores.date.recall)}`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const [a1, a2, d] = [averageOverTasks(ar1), averageOverTasks(ar2), averageOverTasks(date)];
    const counts = `${ar1.length} tasks, ${annotated} articles annotated in ${seconds} s${failures > 0 ? `, ${failures} annotate failures (timex fallback)` : ''}`;
    return [
      { name: 'timelines.t17.ar1.f1', value: a1.f1, note: `P ${f3(a1.precision)} R ${f3(a1.recall)}; DATEWISE 0.120, TRAN 2013 0.094, Text Oracle 0.198 (G&I ACL 2020); ${counts}` },
      { name: 'timelines.t17.ar2.f1', value: a2.f1, note: `P ${f3(a2.precision)} R ${f3(a2.recall)}; DATEWISE 0.035, MARTSCHAT 2018 0.030` },
      { name: 'timelines.t17.date.f1', value: d.f1, note: `P ${f3(d.precision)} R ${f3(d.recall)}; DATEWISE 0.544, MARTSCHAT 2018 0.544, PUBCOUNT 0.481` },
    ];
  },
};

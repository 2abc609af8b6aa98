// `npm run test:e2e`: the browser tests (test/e2e/*.e2e.ts) with node:test, one file at a time.
// They are named .e2e.ts so that `npm test`'s runner (scripts/run-tests.js) does not pick them up;
// the page is built first when web/dist is missing. Screenshots go to test-output/e2e/.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('web/dist/index.html')) {
  const build = spawnSync('npm', ['run', '--silent', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const filter = process.argv.slice(2);
const files = readdirSync('test/e2e')
  .filter((f) => f.endsWith('.e2e.ts') && (filter.length === 0 || filter.some((x) => f.includes(x))))
  .sort()
  .map((f) => `test/e2e/${f}`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);

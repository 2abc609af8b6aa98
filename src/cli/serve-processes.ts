/**
 * `storyline serve --processes N` on PostgreSQL: N server processes share one port through Node's
 * cluster module (the primary accepts and hands each connection to a worker in turn), so a server
 * uses more than one core. This is safe because a server keeps no state of its own: every answer is
 * checked against the database, and a session cookie is an HMAC of the token that any process with
 * the same token accepts. A PGlite data directory is held by one process, so it has no such mode.
 *
 * The primary forks the workers (each runs `storyline serve` with the same arguments), prints the
 * banner once all listen, forks a new worker when one dies unexpectedly, and on SIGINT or SIGTERM
 * stops them all and waits for them.
 */
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/storyline.js', import.meta.url));

/** What a worker tells the primary once it listens. */
export interface ListeningMessage {
  readonly type: 'storyline-listening';
  readonly banner: readonly string[];
}

export function isServeWorker(): boolean {
  return cluster.isWorker;
}

/** In a worker, once its server and store are closed: lets go of the primary's channel, so the process ends. */
export function leaveCluster(): void {
  if (cluster.isWorker) process.disconnect?.();
}

/** In a worker: tells the primary that this process listens, with the lines the banner would print. */
export function reportListening(banner: readonly string[]): void {
  const message: ListeningMessage = { type: 'storyline-listening', banner };
  process.send?.(message);
}

/**
 * In the primary: runs `processes` workers of `storyline serve args` (with `env`) until `stopped`
 * resolves; prints the last worker's banner (they serve the same URL) once every worker listens.
 * Resolves with 0, or 1 when a worker could not start.
 */
export async function runServeProcesses(
  args: readonly string[], env: NodeJS.ProcessEnv, processes: number,
  out: (line: string) => void, err: (line: string) => void, stopped: Promise<unknown>,
): Promise<number> {
  cluster.setupPrimary({ exec: CLI, args: ['serve', ...args] });
  let stopping = false;
  let listening = 0;
  let failed = false;
  const started = new Promise<void>((resolve) => {
    const fork = (): Worker => {
      const worker = cluster.fork(env);
      worker.on('message', (message: ListeningMessage) => {
        if (message?.type !== 'storyline-listening') return;
        listening++;
        if (listening === processes) {
          for (const line of message.banner) out(line.replace('Press Ctrl+C to stop.', `${processes} processes; press Ctrl+C to stop.`));
          resolve();
        }
      });
      worker.on('exit', (code, signal) => {
        // exit code 0 is a worker stopping on purpose (a Ctrl+C reaches the whole process group)
        if (stopping || (code === 0 && signal === null)) return;
        if (listening < processes) {
          // a worker that never listened (a bad flag, an unreachable database) stops the start
          failed = true;
          err(`storyline serve: a server process exited before it listened (${signal ?? `exit code ${code}`})`);
          resolve();
          return;
        }
        err(`storyline serve: a server process stopped (${signal ?? `exit code ${code}`}); starting another`);
        fork();
      });
      return worker;
    };
    for (let i = 0; i < processes; i++) fork();
  });
  await Promise.race([started, stopped]);
  if (!failed) await stopped;
  stopping = true;
  await Promise.all(Object.values(cluster.workers ?? {}).map((worker) => worker && stopWorker(worker)));
  return failed ? 1 : 0;
}

function stopWorker(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    if (worker.isDead()) return resolve();
    worker.once('exit', () => resolve());
    worker.process.kill('SIGTERM');
  });
}

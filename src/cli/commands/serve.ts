/** `storyline serve` — the HTTP API and the web page over the store, until interrupted. */
import { bindRefusal, DEFAULT_MAX_BODY_BYTES, startServer } from '../../server/index.ts';
import { announceServer, openStore, serverConnections } from '../../store/index.ts';
import { integerFlag, parseCommandArgs, sizeFlag } from '../args.ts';
import type { CliIo } from '../io.ts';
import { UsageError, writeLine } from '../io.ts';
import { describeStore } from '../with-store.ts';
import { isServeWorker, leaveCluster, reportListening, runServeProcesses } from '../serve-processes.ts';

export const serveHelp = `storyline serve [--port 8080] [--host 127.0.0.1] [--token T] [--read-only] [--max-size 20MB] [--processes 1] [--connections N]
  Serves the HTTP API (/api, described at /api/openapi.json) and the web page from one process.
  Listening on an address other than loopback needs a token (--token or STORYLINE_TOKEN); with one,
  every /api request must carry \`Authorization: Bearer T\` or the page's session cookie.
  --read-only refuses uploads. On a PGlite data directory the server holds it while it runs.
  --processes N (PostgreSQL only): N server processes share the port, to use more than one core.
  --connections N (PostgreSQL only): database connections of each process; by default two per CPU
  core of this machine in all, split across the processes.`;

export interface ServeHooks {
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  readonly stopped?: Promise<unknown>;
}

export async function serveCommand(args: readonly string[], io: CliIo, hooks: ServeHooks = {}): Promise<number> {
  const parsed = parseCommandArgs(args, {
    port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' }, 'read-only': { type: 'boolean', default: false },
    'max-size': { type: 'string' }, processes: { type: 'string' }, connections: { type: 'string' },
  }, io.env);
  if (parsed.help) return writeLine(io.stdout, serveHelp), 0;
  if (parsed.positionals.length > 0) throw new UsageError(`serve takes no arguments, got "${parsed.positionals.join(' ')}"`);
  const port = parsed.values.port === '0' ? 0 : integerFlag(parsed.values.port, 'port', 8080);
  if (port > 65_535) throw new UsageError(`--port expects a port number up to 65535, got ${port}`);
  const host = typeof parsed.values.host === 'string' ? parsed.values.host : '127.0.0.1';
  const token = typeof parsed.values.token === 'string' ? parsed.values.token : io.env.STORYLINE_TOKEN || undefined;
  const refusal = bindRefusal(host, token);
  if (refusal !== null) throw new UsageError(refusal);
  const maxBodyBytes = sizeFlag(parsed.values['max-size'], 'max-size', DEFAULT_MAX_BODY_BYTES);
  const processes = integerFlag(parsed.values.processes, 'processes', 1);
  if (processes > 1 && !parsed.store.databaseUrl) {
    throw new UsageError('--processes needs PostgreSQL (--database-url or STORYLINE_DATABASE_URL): a PGlite data directory is served by one process');
  }
  if (processes > 1 && !isServeWorker()) {
    return runServeProcesses(args, io.env, processes, (line) => writeLine(io.stdout, line), (line) => writeLine(io.stderr, line), hooks.stopped ?? untilSignal());
  }
  const connections = integerFlag(parsed.values.connections, 'connections', serverConnections(processes));
  const store = await openStore(parsed.store, { poolSize: connections });
  try {
    const server = await startServer({
      store, host, port, token, readOnly: parsed.values['read-only'] === true, maxBodyBytes,
      log: (line) => writeLine(io.stderr, line),
    });
    const withdraw = store.backend === 'pglite' && store.location !== 'memory://' ? announceServer(store.location, server.url) : () => undefined;
    const banner = [`Storyline is serving ${describeStore(store)} at ${server.url}${token ? ' (token required)' : ''}${parsed.values['read-only'] ? ' (read-only)' : ''}`];
    if ((await store.countDocuments()) === 0) {
      banner.push(`The store is empty: open ${server.url} to upload reports or load the demo corpus, or run \`storyline ingest PATH\`.`);
    }
    banner.push('Press Ctrl+C to stop.');
    if (isServeWorker()) reportListening(banner);
    else for (const line of banner) writeLine(io.stdout, line);
    try {
      await (hooks.stopped ?? untilSignal());
    } finally {
      withdraw();
      await server.close();
    }
    return 0;
  } finally {
    await store.close();
    leaveCluster();
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Starts the app on a host and port (0: any free port) with Node's HTTP server; resolves once listening. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { ServerOptions } from './options.ts';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and ends open ones; the store stays open (its owner closes it). */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions & { readonly host?: string; readonly port?: number }): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

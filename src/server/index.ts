export { createApp, OPENAPI_PATH } from './app.ts';
export { startServer } from './listen.ts';
export type { RunningServer } from './listen.ts';
export type { ServerOptions } from './options.ts';
export { DEFAULT_MAX_BODY_BYTES } from './options.ts';
export { bindRefusal, isLoopbackHost } from './bind-policy.ts';

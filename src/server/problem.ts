/**
 * Errors over HTTP as RFC 9457 problem details (`application/problem+json`), thrown only in the
 * server (STYLE.md 2.5) and turned into a response in one place, `problemResponse`.
 */
import { StoreError } from '../store/index.ts';

export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  constructor(status: number, title: string, detail: string) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.title = title;
  }
}

export const notFound = (detail: string) => new HttpProblem(404, 'Not found', detail);
export const badRequest = (detail: string) => new HttpProblem(400, 'Bad request', detail);

export interface ProblemBody {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
}

export function problemBody(status: number, title: string, detail: string): ProblemBody {
  return { type: 'about:blank', title, status, detail };
}

export function problemResponse(status: number, title: string, detail: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problemBody(status, title, detail)), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}

const TITLES: Record<number, string> = { 405: 'Method not allowed', 413: 'Payload too large', 415: 'Unsupported media type' };

/** Any thrown value → a problem response; unexpected errors say little (the log has the rest). */
export function toProblemResponse(error: unknown, log: (line: string) => void): Response {
  if (error instanceof HttpProblem) return problemResponse(error.status, error.title, error.message);
  if (error instanceof StoreError) {
    const status = error.code === 'ambiguous-id' ? 400 : error.code === 'unknown-document' ? 404 : 500;
    return problemResponse(status, status === 500 ? 'Store error' : status === 404 ? 'Not found' : 'Bad request', error.message);
  }
  // The router's own refusals (HTTPException: 415 for a body of the wrong media type, …).
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const detail = status === 415 ? 'this route does not take a body of that media type (see /api/openapi.json)' : (error as Error).message || 'the request was refused';
    return problemResponse(status, TITLES[status] ?? 'Bad request', detail);
  }
  log(`storyline serve: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return problemResponse(500, 'Internal error', 'the server failed to answer this request; see its log');
}

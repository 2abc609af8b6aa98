/**
 * Who may use the API. Without a token (loopback only) everyone on this machine may; with one, every
 * /api request needs `Authorization: Bearer TOKEN` or the page's session cookie, which `POST
 * /api/session` sets (HttpOnly, SameSite=Strict) after checking the token. The cookie holds an HMAC of
 * the token, not the token, and any `serve` process with the same token accepts it (no server state).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from './problem.ts';

export const SESSION_COOKIE = 'storyline_session';
/** Paths that answer without credentials: logging in, and the health check (outside /api). */
const OPEN_PATHS = new Set(['/api/session']);

export function sessionValue(token: string): string {
  return createHmac('sha256', token).update('storyline-session-v1').digest('base64url');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${sessionValue(token)}; Path=/; HttpOnly; SameSite=Strict`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export function isAuthorised(token: string, authorization: string | undefined, cookie: string | undefined): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (bearer !== undefined && sameSecret(bearer, token)) return true;
  const session = cookieValue(cookie, SESSION_COOKIE);
  return session !== undefined && sameSecret(session, sessionValue(token));
}

export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined || OPEN_PATHS.has(c.req.path)) return next();
    if (isAuthorised(token, c.req.header('authorization'), c.req.header('cookie'))) return next();
    return problemResponse(401, 'Unauthorized', 'this server needs its token: send `Authorization: Bearer TOKEN`, or log in with POST /api/session', {
      'WWW-Authenticate': 'Bearer realm="storyline"',
    });
  };
}

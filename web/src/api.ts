/**
 * Fetch helpers for the HTTP API. Errors come back as application/problem+json; ApiError keeps
 * its message so views can show it. useApi re-fetches when its path or reload key changes and
 * ignores stale answers (a slow response for an older path never overwrites a newer one).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Problem } from './types.ts';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin', ...init });
  if (!response.ok) throw await toError(response);
  return (await response.json()) as T;
}

async function toError(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  try {
    const problem = (await response.json()) as Partial<Problem>;
    message = problem.detail ?? problem.title ?? message;
  } catch { /* not JSON: keep the status line */ }
  return new ApiError(response.status, message);
}

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: string; status: number } | { state: 'ok'; data: T };

export function useApi<T>(path: string | null, reloadKey = 0): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const shownPath = useRef<string | null>(null);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    // A new path shows "loading"; a reload of the same path keeps the old data on screen until
    // the new data arrives (live updates must not blank the page or lose the reader's place).
    if (shownPath.current !== path) setResult({ state: 'loading' });
    shownPath.current = path;
    getJson<T>(path).then(
      (data) => { if (current) setResult({ state: 'ok', data }); },
      (error: unknown) => {
        if (!current) return;
        const status = error instanceof ApiError ? error.status : 0;
        setResult({ state: 'error', error: error instanceof Error ? error.message : String(error), status });
      },
    );
    return () => { current = false; };
  }, [path, reloadKey]);
  return result;
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

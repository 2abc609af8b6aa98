/** Loading and error states, announced to screen readers. */
import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api.ts';

export function Pending<T>({ result, children, what }: { result: Loaded<T>; what: string; children: (data: T) => ComponentChildren }) {
  if (result.state === 'loading') return <p class="muted" role="status">Loading {what}…</p>;
  if (result.state === 'error') return <p class="error" role="alert">Could not load {what}: {result.error}</p>;
  return <>{children(result.data)}</>;
}

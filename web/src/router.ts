/**
 * Client-side routing with the history API: every view has its own URL (shareable, bookmarkable),
 * and the server answers index.html for any non-/api path. Links are ordinary <a href> elements;
 * one document-level click listener turns same-origin clicks into pushState navigations.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'stories' }
  | { view: 'story'; id: string }
  | { view: 'doc'; id: string }
  | { view: 'search' }
  | { view: 'entity'; key: string }
  | { view: 'upload' }
  | { view: 'corrections' }
  | { view: 'missing'; path: string };

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  const [head, id] = parts;
  if (parts.length === 0 || (head === 'stories' && parts.length === 1)) return { view: 'stories' };
  if (head === 'stories' && id && parts.length === 2) return { view: 'story', id };
  if (head === 'doc' && id && parts.length === 2) return { view: 'doc', id };
  if (head === 'entities' && id && parts.length === 2) return { view: 'entity', key: id };
  if (head === 'search' && parts.length === 1) return { view: 'search' };
  if (head === 'upload' && parts.length === 1) return { view: 'upload' };
  if (head === 'corrections' && parts.length === 1) return { view: 'corrections' };
  return { view: 'missing', path: pathname };
}

const listeners = new Set<() => void>();

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

/** The current location, re-read on every navigation (push, replace, back/forward). */
export function useLocation(): URL {
  const [url, setUrl] = useState(() => new URL(location.href));
  useEffect(() => {
    const update = () => setUrl(new URL(location.href));
    listeners.add(update);
    addEventListener('popstate', update);
    return () => { listeners.delete(update); removeEventListener('popstate', update); };
  }, []);
  return url;
}

/** Intercept plain left clicks on same-origin links that are not API or download links. */
export function interceptLinks(root: Document): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    // A link within this page (the skip link, a section link) is the browser's to follow.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}

/**
 * The API answers a page view asks for first, announced in its HTML as `<link rel="preload">` so the
 * browser fetches them while it loads and starts the page's JavaScript, not after (a cold story view
 * spent ≈ 280 ms starting its script before its first request). Each path is exactly what the view
 * fetches (web/src/views/story.tsx: `/api/stories/${encodeURIComponent(id)}` and its sections), or the
 * browser fetches it twice; a test in the e2e run checks that each is fetched once.
 */

/** The API paths to preload for a page path; none for pages whose first requests depend on input. */
export function pagePreloads(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length !== 2 || parts[0] !== 'stories') return [];
  let id: string;
  try {
    id = decodeURIComponent(parts[1] as string);
  } catch {
    return [];
  }
  const base = `/api/stories/${encodeURIComponent(id)}`;
  // the timeline and the summary are the view's first screen; the story row names the outlets of their citations
  return [`${base}/timeline`, base, `${base}/summary`];
}

/** `html` with a preload link per path before `</head>` (paths from encodeURIComponent: nothing to escape but `&`). */
export function withPreloads(html: string, paths: readonly string[]): string {
  if (paths.length === 0) return html;
  const links = paths.map((p) => `<link rel="preload" as="fetch" crossorigin href="${p.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`).join('');
  const at = html.indexOf('</head>');
  return at < 0 ? html : `${html.slice(0, at)}${links}${html.slice(at)}`;
}

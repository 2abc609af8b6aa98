/** Mounts the page: header navigation, a skip link, and the view that the URL names. */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { interceptLinks, matchRoute, useLocation } from './router.ts';
import { StoriesView } from './views/stories.tsx';
import { StoryView } from './views/story.tsx';
import { DocumentView } from './views/document.tsx';
import { SearchView } from './views/search.tsx';
import { EntityView } from './views/entity.tsx';
import { UploadView } from './views/upload.tsx';
import { CorrectionsView } from './views/corrections.tsx';
import './style.css';

function App() {
  const url = useLocation();
  const route = matchRoute(url.pathname);
  const main = useRef<HTMLElement>(null);
  // A new view (not the first one loaded) moves focus to the main region, so keyboard and
  // screen-reader users start there; a citation link's view focuses the cited span itself.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    if (!url.searchParams.has('span')) main.current?.focus({ preventScroll: true });
    scrollTo(0, 0);
  }, [url.pathname]);
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="/">Storyline</a>
        <nav aria-label="Main">
          <a href="/" aria-current={route.view === 'stories' ? 'page' : undefined}>Stories</a>
          <a href="/search" aria-current={route.view === 'search' ? 'page' : undefined}>Search</a>
          <a href="/upload" aria-current={route.view === 'upload' ? 'page' : undefined}>Upload</a>
          <a href="/corrections" aria-current={route.view === 'corrections' ? 'page' : undefined}>Corrections</a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route.view === 'stories' && <StoriesView url={url} />}
        {route.view === 'story' && <StoryView id={route.id} />}
        {route.view === 'doc' && <DocumentView id={route.id} url={url} />}
        {route.view === 'search' && <SearchView url={url} />}
        {route.view === 'entity' && <EntityView entityKey={route.key} />}
        {route.view === 'upload' && <UploadView />}
        {route.view === 'corrections' && <CorrectionsView />}
        {route.view === 'missing' && (
          <section><h1>Not found</h1><p>No page at <code>{route.path}</code>. <a href="/">See the stories</a>.</p></section>
        )}
      </main>
    </>
  );
}

interceptLinks(document);
render(<App />, document.getElementById('app')!);

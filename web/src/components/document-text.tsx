/**
 * A document's text as text nodes and <mark> elements, in three nested layers: the cited span
 * (?span=), then quotes, then entities, times and events — so a quote keeps the names inside it
 * highlighted. A quote shows its speaker and a time its resolved value through CSS generated
 * content from data attributes (text, never markup). The cited span scrolls into view and takes
 * focus, so a keyboard user lands on it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { segmentText, type Mark } from '../highlight.ts';

export function DocumentText({ text, marks, span }: { text: string; marks: Mark[]; span: { start: number; end: number } | null }) {
  const cited = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!cited.current) return;
    cited.current.scrollIntoView({ block: 'center' });
    cited.current.focus({ preventScroll: true });
  }, [span?.start, span?.end, text]);
  const quotes = marks.filter((m) => m.kind === 'quote');
  const inline = marks.filter((m) => m.kind !== 'quote');
  const citedMarks = span && span.start < text.length ? [{ start: span.start, end: Math.min(span.end, text.length), kind: 'cited' }] : [];
  const layers = [citedMarks, quotes, inline];
  return <div class="doc-text" lang="en">{renderLayers(text, 0, layers, cited)}</div>;
}

function renderLayers(text: string, offset: number, layers: Mark[][], cited: { current: HTMLElement | null }): ComponentChildren[] {
  const [layer, ...rest] = layers;
  if (!layer) return [text];
  const local = layer.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  return segmentText(text, local).map((segment) => {
    const inner = renderLayers(segment.text, offset + segment.start, rest, cited);
    const mark = segment.mark;
    if (!mark) return inner;
    const key = `${mark.kind}-${offset + segment.start}`;
    if (mark.kind === 'cited') {
      return <mark key={key} class="cited" id="cited" ref={cited} tabIndex={-1} aria-label="Cited passage">{inner}</mark>;
    }
    return (
      <mark key={key} class={`m-${mark.kind}`} title={mark.label} data-label={mark.kind === 'quote' || mark.kind === 'time' ? mark.label : undefined}>
        {inner}
      </mark>
    );
  });
}

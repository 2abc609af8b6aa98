/**
 * What the story commands share: `--format text|md|json`, resolving the STORY argument (an id, a
 * merged story's old id, or a unique prefix), loading it once, and printing citations the same way
 * everywhere (`[DOC:START-END]` in text, a `doc:` link in Markdown).
 */
import type { LoadedStory } from '../../pipeline/index.ts';
import { loadStory } from '../../pipeline/index.ts';
import type { Store } from '../../store/index.ts';
import type { ParsedArgs } from '../args.ts';
import { UsageError } from '../io.ts';

export type OutputFormat = 'text' | 'md' | 'json';

export const FORMAT_OPTION = { format: { type: 'string' } } as const;
export const FORMAT_HELP = '--format text|md|json (--json = --format json)';

export function formatOf(parsed: ParsedArgs): OutputFormat {
  const value = parsed.values.format;
  if (value === undefined) return parsed.json ? 'json' : 'text';
  if (value === 'text' || value === 'md' || value === 'json') return value;
  throw new UsageError(`--format expects text, md or json, got "${String(value)}"`);
}

/** The one STORY positional, resolved and loaded; a usage error names what was wrong. */
export async function storyArgument(store: Store, parsed: ParsedArgs, command: string): Promise<LoadedStory> {
  const [arg, ...extra] = parsed.positionals;
  if (arg === undefined) throw new UsageError(`${command} needs a STORY id (see storyline stories)`);
  if (extra.length > 0) throw new UsageError(`${command} takes one STORY id, got ${parsed.positionals.length}`);
  const id = await store.resolveStory(arg);
  const loaded = id === null ? null : await loadStory(store, id);
  if (loaded === null) throw new UsageError(`no story "${arg}" (see storyline stories)`);
  return loaded;
}

export interface Cited {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

export function citeText(c: Cited): string {
  return `[${c.doc}:${c.start}-${c.end}]`;
}

/** A Markdown link whose target names the span (`doc:ID#START-END`), labelled with the outlet. */
export function citeMarkdown(c: Cited, outlet: string | null): string {
  return `[${(outlet ?? c.doc).replace(/[[\]]/g, '')}](doc:${c.doc}#${c.start}-${c.end})`;
}

/** The outlet of each loaded document, as the page labels it (`outletLabel`). */
export function outlets(loaded: LoadedStory): Map<string, string> {
  return new Map(loaded.articles.map((a) => [a.doc.id, outletLabel(a.doc)]));
}

/**
 * A document's outlet as a reader can place it: its name when known, else its URL's host, else its id
 * cut to 7 characters — the page's rule (web/src/format.ts), so a plain-text input without a byline
 * reads the same in both, and never as a bare "?".
 */
export function outletLabel(doc: { readonly id: string; readonly source: string | null; readonly url: string | null }): string {
  if (doc.source) return doc.source;
  if (doc.url) {
    try {
      return new URL(doc.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through to the id
    }
  }
  return doc.id.slice(0, 7);
}

export function storyHeading(loaded: LoadedStory): string {
  const s = loaded.story;
  const range = s.first ? ` ${s.first.slice(0, 10)}${s.last && s.last.slice(0, 10) !== s.first.slice(0, 10) ? ` … ${s.last.slice(0, 10)}` : ''}` : '';
  return `${s.id}  ${s.title ?? '(untitled)'} — ${s.documents} ${s.documents === 1 ? 'document' : 'documents'}, ${s.outlets} ${s.outlets === 1 ? 'outlet' : 'outlets'}${range}`;
}

/** Markdown text with its own syntax neutralised (untrusted page text never becomes markup). */
export function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');
}

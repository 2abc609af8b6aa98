/**
 * Renders a dataset live blog into cleaned page text the way blogs print it (title, optional
 * standfirst and zone statement, then the blocks newest first, each opened by its time label),
 * and records the truth: where each block starts and its UTC minute.
 */
import type { DateValue, Span } from '../../model/index.ts';
import { RENDER_STYLES, VIDEO_BLOCK_TAIL, type LabelShape, type RenderStyle } from './render-styles.ts';
import { joinParagraphs } from '../../text/index.ts';

export interface DatasetBlock {
  readonly time: string;
  readonly title: string | null;
  readonly text: string;
}
export interface DatasetBlog {
  readonly id: string;
  readonly title: string;
  readonly standfirst?: readonly string[];
  readonly blocks: readonly DatasetBlock[];
}

export interface RenderedBlog {
  readonly style: RenderStyle;
  readonly text: string;
  readonly paragraphs: Span[];
  readonly published: DateValue;
  readonly zone: string | null;
  /** Per block, in page order: where its entry starts and its UTC minute (`2016-02-17T16:30Z`). */
  readonly truth: { readonly start: number; readonly time: string }[];
}

/** FNV-1a: a stable small hash of the blog id for the deterministic choices. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([+-]\d{2}):?(\d{2})$/;

/** Wall hour/minute and BST/GMT of a dataset time written in Europe/London with its offset. */
function wallOf(time: string): { date: string; hour: number; minute: number; abbreviation: string } | null {
  const m = TIME.exec(time);
  if (!m) return null;
  return { date: m[1] as string, hour: Number(m[2]), minute: Number(m[3]), abbreviation: m[4] === '+01' ? 'BST' : 'GMT' };
}

function labelOf(time: string, shape: LabelShape): string {
  const w = wallOf(time) ?? { date: '', hour: 0, minute: 0, abbreviation: 'GMT' };
  const hh = String(w.hour).padStart(2, '0');
  const mm = String(w.minute).padStart(2, '0');
  const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const meridiem = w.hour < 12 ? 'am' : 'pm';
  if (shape === 'hh:mm') return `${hh}:${mm}`;
  if (shape === 'h.mmam-zone') return `${h12}.${mm}${meridiem} ${w.abbreviation}`;
  if (shape === 'updated-hh:mm-zone') return `Updated at ${hh}:${mm} ${w.abbreviation}`;
  return `${h12}:${mm} ${meridiem.toUpperCase()}`;
}

const utcMinute = (time: string): string => `${new Date(time).toISOString().slice(0, 16)}Z`;

/** Paragraphs of one block, the first opened by its label (or the label alone when printed on its own line). */
function blockLines(block: DatasetBlock, label: string, ownLine: boolean): string[] {
  const body = [block.title ?? '', ...block.text.split('\n')].map((s) => s.trim()).filter((s) => s !== '');
  if (ownLine || body.length === 0) return [label, ...body];
  return [`${label} ${body[0]}`, ...body.slice(1)];
}

/** The duration lines inserted after one block in a third of the blogs: a video, or a bare time. */
function videoLines(hash: number): string[] {
  const duration = `0${(hash >>> 8) % 10}:${String((hash >>> 12) % 60).padStart(2, '0')}`;
  return (hash >>> 4) % 2 === 0 ? [duration, VIDEO_BLOCK_TAIL] : [duration];
}

/** The rendered page, or null when a block time is unreadable (the suite counts those). */
export function renderBlog(blog: DatasetBlog): RenderedBlog | null {
  if (blog.blocks.length === 0 || blog.blocks.some((b) => wallOf(b.time) === null)) return null;
  const hash = hashOf(blog.id);
  const style = RENDER_STYLES[hash % RENDER_STYLES.length] as RenderStyle;
  const lines: string[] = [blog.title];
  if (blog.standfirst?.[0]) lines.push(blog.standfirst[0]);
  if (style.statement) lines.push(style.statement);
  const firstLineOf: number[] = [];
  const videoAfter = (hash >>> 16) % 3 === 0 ? 1 + ((hash >>> 20) % Math.max(1, blog.blocks.length - 1)) : -1;
  blog.blocks.forEach((block, k) => {
    firstLineOf.push(lines.length);
    lines.push(...blockLines(block, labelOf(block.time, style.shape), style.ownLine));
    if (k === videoAfter) lines.push(...videoLines(hash));
  });
  const { text, paragraphs } = joinParagraphs(lines);
  const oldest = blog.blocks[blog.blocks.length - 1] as DatasetBlock;
  return {
    style,
    text,
    paragraphs,
    // The dateline shows the day the blog started: the oldest block's date in the page's zone.
    published: { value: wallOf(oldest.time)?.date ?? '', precision: 'day' },
    zone: style.callerZone,
    truth: blog.blocks.map((block, k) => ({ start: (paragraphs[firstLineOf[k] as number] as Span).start, time: utcMinute(block.time) })),
  };
}

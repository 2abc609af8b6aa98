/**
 * Elements → plain text, one paragraph per line and paragraphs separated by a blank line. Inline text
 * runs together, block tags and <br> end a paragraph, whitespace collapses. Inside the article, lists
 * and boxes that are mostly links (related stories, tag clouds) are conditionally dropped, as are
 * headings that repeat the title and lines that are page chrome whatever their markup.
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, CHROME_LINES } from './content-rules.ts';
import { collapse, isElement } from './dom.ts';
import type { PageModel } from './page-model.ts';

const LINK_BOXES: ReadonlySet<string> = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl', 'li', 'p', 'span', 'header']);

/** A box inside the article that is mostly links: a related-stories list, a tag cloud, a "read more" line. */
function isLinkBox(model: PageModel, el: Element): boolean {
  if (!LINK_BOXES.has(el.name)) return false;
  const i = model.indexOf.get(el);
  if (i === undefined) return false;
  const text = model.text[i] as number;
  if (text === 0) return false;
  const density = (model.linkText[i] as number) / text;
  if (el.name === 'p' || el.name === 'li' || el.name === 'span') return density > 0.8 && text < 120;
  return density > 0.5 || (density > 0.3 && text < 300);
}

export interface SerialiseOptions {
  readonly model?: PageModel;
  /** Lower-cased collapsed title: an h1/h2 with this text is left out (the text has no title line). */
  readonly title?: string | null;
}

export function serialise(roots: readonly AnyNode[], options: SerialiseOptions = {}): string {
  const lines: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const line = collapse(current.join(''));
    current = [];
    if (line.length > 0 && !isChromeLine(line)) lines.push(line);
  };
  const stack: (AnyNode | 'end-block')[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode | 'end-block';
    if (node === 'end-block') {
      flush();
      continue;
    }
    if (node.type === 'text') {
      current.push(node.data);
      continue;
    }
    if (!isElement(node) || node.type !== 'tag' || skip(node, options)) continue;
    if (node.name === 'br' || node.name === 'hr') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) {
      flush();
      stack.push('end-block');
    } else if (node.name === 'td' || node.name === 'th') current.push(' ');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  flush();
  return dropTitleLine(lines, options.title).join('\n\n');
}

function skip(el: Element, options: SerialiseOptions): boolean {
  const model = options.model;
  if (!model) return el.name === 'script' || el.name === 'style' || el.name === 'noscript' || el.name === 'template';
  return model.dropped.has(el) || !model.indexOf.has(el) || el.name === 'h1' || isLinkBox(model, el);
}

function isChromeLine(line: string): boolean {
  if (line.length > 60) return false;
  const lower = line.toLowerCase().replace(/[:.!»›>|]+$/, '').trim();
  return CHROME_LINES.some((re) => re.test(lower));
}

function dropTitleLine(lines: string[], title: string | null | undefined): string[] {
  if (!title || lines.length === 0) return lines;
  const first = lines[0]!.toLowerCase();
  return first === title ? lines.slice(1) : lines;
}

/**
 * One pass over the body builds a flat model of the page: every kept element in document order with
 * its parent, the text it owns as the nearest block (a paragraph's text), commas, and — summed up the
 * tree — its text and link-text lengths. Skipped tags and chrome subtrees (CHROME_TOKENS without a
 * KEEP token) are marked and left out of every count, so scoring and serialising agree on them.
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, CHROME_TOKENS, KEEP_TOKENS, SKIPPED_TAGS } from './content-rules.ts';
import { isElement, tokensOf } from './dom.ts';

export interface PageModel {
  readonly elements: Element[];
  /** Index of the parent element in `elements`, -1 for the root. */
  readonly parent: Int32Array;
  /** Characters of text whose nearest block ancestor is this element. */
  readonly ownText: Float64Array;
  readonly ownCommas: Float64Array;
  /** Characters of text in the subtree, and of those inside links. */
  readonly text: Float64Array;
  readonly linkText: Float64Array;
  /** Index of the last element of each subtree (descendants of i are i+1 … end[i]). */
  readonly end: Int32Array;
  readonly indexOf: Map<Element, number>;
  /** Elements dropped as chrome or never-text tags (not in `elements`). */
  readonly dropped: Set<Element>;
}

const MAX_ELEMENTS = 150_000;
const COMMAS = /[,،、，]/g;

function isHidden(el: Element): boolean {
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  const style = el.attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style.slice(0, 300));
}

/** Dropped as chrome: a chrome token and no keep token; `protect` keeps the article root's own ancestors. */
export function isChrome(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.name) || isHidden(el)) return true;
  const tokens = tokensOf(el);
  if (tokens.length === 0) return false;
  let chrome = false;
  for (const t of tokens) {
    if (KEEP_TOKENS.has(t)) return false;
    if (CHROME_TOKENS.has(t)) chrome = true;
  }
  return chrome;
}

interface Frame {
  readonly node: AnyNode;
  readonly parent: number;
  readonly block: number;
  readonly link: boolean;
}

export function buildPageModel(root: Element, dropChrome: boolean): PageModel {
  const elements: Element[] = [];
  const parents: number[] = [];
  const own: number[] = [];
  const commas: number[] = [];
  const linkOwn: number[] = [];
  const dropped = new Set<Element>();
  const stack: Frame[] = [{ node: root, parent: -1, block: -1, link: false }];
  while (stack.length > 0 && elements.length < MAX_ELEMENTS) {
    const { node, parent, block, link } = stack.pop() as Frame;
    if (node.type === 'text') {
      const length = visibleLength(node.data);
      if (block >= 0 && length > 0) {
        own[block] = (own[block] as number) + length;
        commas[block] = (commas[block] as number) + (node.data.match(COMMAS)?.length ?? 0);
        if (link) linkOwn[block] = (linkOwn[block] as number) + length;
      }
      continue;
    }
    if (!isElement(node)) continue;
    if (node !== root && (node.type !== 'tag' || (dropChrome ? isChrome(node) : SKIPPED_TAGS.has(node.name)))) {
      dropped.add(node);
      continue;
    }
    const index = elements.length;
    elements.push(node);
    parents.push(parent);
    own.push(0);
    commas.push(0);
    linkOwn.push(0);
    const ownBlock = block < 0 || BLOCK_TAGS.has(node.name) ? index : block;
    const inLink = link || node.name === 'a';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as AnyNode, parent: index, block: ownBlock, link: inLink });
  }
  return summarise(elements, parents, own, commas, linkOwn, dropped);
}

function summarise(elements: Element[], parents: number[], own: number[], commas: number[], linkOwn: number[], dropped: Set<Element>): PageModel {
  const n = elements.length;
  const parent = Int32Array.from(parents);
  const text = Float64Array.from(own);
  const linkText = Float64Array.from(linkOwn);
  const end = Int32Array.from(elements, (_, i) => i);
  // children come after their parent in document order: one reverse sweep sums every subtree
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i] as number;
    if (p < 0) continue;
    text[p] = (text[p] as number) + (text[i] as number);
    linkText[p] = (linkText[p] as number) + (linkText[i] as number);
    end[p] = Math.max(end[p] as number, end[i] as number);
  }
  const indexOf = new Map<Element, number>();
  elements.forEach((el, i) => indexOf.set(el, i));
  return { elements, parent, ownText: Float64Array.from(own), ownCommas: Float64Array.from(commas), text, linkText, end, indexOf, dropped };
}

/** Characters that are not whitespace, counted without building a new string for long runs. */
function visibleLength(data: string): number {
  let count = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (!isSpace) count++;
    else if (!space) count++;
    space = isSpace;
  }
  return count;
}

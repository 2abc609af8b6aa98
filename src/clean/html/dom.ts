/** Small helpers over htmlparser2's DOM (domhandler nodes): parsing, attribute reads, class/id tokens. */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';

/** Pages beyond this many characters are cut before parsing: bounded work on hostile input. */
export const MAX_HTML_CHARS = 6_000_000;

export function parseHtml(html: string): Document {
  return parseDocument(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html, {
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    decodeEntities: true,
  });
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string | undefined {
  const value = el.attribs[name];
  return value === undefined ? undefined : value;
}

/** Lower-cased `class` and `id` split into letter runs: `related-links__item` → related, links, item. */
export function tokensOf(el: Element): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (raw.length <= 1) return [];
  return raw.slice(0, 400).toLowerCase().split(/[^a-z]+/).filter((t) => t.length > 0);
}

/** Every element under root in document order, without recursion (deep garbage nesting cannot overflow the stack). */
export function elementsIn(root: AnyNode, limit = 200_000): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) out.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}

/** The text of a node, whitespace collapsed, without recursion; stops after `max` characters. */
export function textOf(root: AnyNode, max = 20_000): string {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && length < max) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      parts.push(node.data);
      length += node.data.length;
    } else if (isElement(node) && (node.type !== 'tag' || node.name === 'noscript')) {
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return collapse(parts.join('')).slice(0, max);
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The raw text of a script-like element (its text children joined, untouched). */
export function rawText(el: Element, max: number): string {
  let out = '';
  for (const child of el.children) if (child.type === 'text' && out.length < max) out += child.data;
  return out.slice(0, max);
}

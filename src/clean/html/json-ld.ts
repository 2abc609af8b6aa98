/**
 * JSON-LD blocks (`<script type="application/ld+json">`) read as data, never run: parsed with
 * JSON.parse, flattened through arrays and `@graph`, article-typed objects first. Size and count
 * are bounded; a block that is not valid JSON is skipped (pages often ship broken ones).
 */

export type JsonObject = Record<string, unknown>;

const MAX_BLOCK_CHARS = 500_000;
const MAX_OBJECTS = 500;
const ARTICLE_TYPES = /article|posting|report|newsarticle|liveblog|analysisnewsarticle|opinion/i;

function typesOf(obj: JsonObject): string {
  const t = obj['@type'];
  return Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(' ') : typeof t === 'string' ? t : '';
}

/** Every object reachable through arrays and @graph, breadth-first, bounded. */
function flatten(root: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && out.length < MAX_OBJECTS && queue.length < MAX_OBJECTS * 4; i++) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...item);
    else if (item !== null && typeof item === 'object') {
      const obj = item as JsonObject;
      out.push(obj);
      if (obj['@graph'] !== undefined) queue.push(obj['@graph']);
      if (obj.mainEntity !== undefined && typeof obj.mainEntity === 'object') queue.push(obj.mainEntity);
    }
  }
  return out;
}

/** Parsed objects from the raw script texts, article-typed ones first, then the rest in page order. */
export function jsonLdObjects(blocks: readonly string[]): JsonObject[] {
  const all: JsonObject[] = [];
  for (const block of blocks) {
    if (block.length > MAX_BLOCK_CHARS) continue;
    try {
      all.push(...flatten(JSON.parse(block.trim().replace(/^<!--|-->$/g, '').replace(/;\s*$/, ''))));
    } catch {
      // broken JSON-LD is common and harmless: the other signals still apply
    }
  }
  const articles = all.filter((o) => ARTICLE_TYPES.test(typesOf(o)));
  return [...articles, ...all.filter((o) => !articles.includes(o))];
}

/** The first string found at a path of keys in any object (`['publisher', 'name']`). */
export function firstString(objects: readonly JsonObject[], path: readonly string[]): string | null {
  for (const obj of objects) {
    const found = stringAt(obj, path);
    if (found) return found;
  }
  return null;
}

function stringAt(value: unknown, path: readonly string[]): string | null {
  if (typeof value === 'string') return path.length === 0 && value.trim() ? value.trim() : null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 10)) {
      const found = stringAt(item, path);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object' || path.length === 0) return null;
  return stringAt((value as JsonObject)[path[0]!], path.slice(1));
}

/** Author names: `author` as a string, an object with `name`, or a list of either, joined with ", ". */
export function authorNames(objects: readonly JsonObject[]): string | null {
  for (const obj of objects) {
    const author = obj.author ?? obj.creator;
    const list = (Array.isArray(author) ? author : [author]).slice(0, 10);
    const names = list
      .map((a) => (typeof a === 'string' ? a : a !== null && typeof a === 'object' ? (a as JsonObject).name : null))
      .filter((n): n is string => typeof n === 'string' && n.trim().length > 0 && !/^https?:/.test(n))
      .map((n) => n.trim());
    if (names.length > 0) return [...new Set(names)].join(', ');
  }
  return null;
}

/**
 * The charset an HTML page declares about itself: `<meta charset>`, `<meta http-equiv=Content-Type
 * content="…; charset=…">` or an XML declaration. A simplified WHATWG prescan over the page's head,
 * done on bytes read as Latin-1 (every ASCII-compatible encoding spells the tag the same way).
 */

/** How far into the page a declaration is looked for; real pages put scripts and styles before it. */
const PRESCAN_BYTES = 8192;
/** A tag longer than this is not a meta tag worth reading. */
const MAX_TAG = 1024;

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']*)))?/g;
const CHARSET_IN_CONTENT = /charset\s*=\s*["']?([^\s"';,]+)/i;
const XML_DECLARATION = /^<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']+)["']/;

export function latin1Prefix(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length)).toString('latin1');
}

export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    const name = (m[1] as string).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

export function charsetFromContentType(value: string | null | undefined): string | null {
  const m = value ? CHARSET_IN_CONTENT.exec(value) : null;
  return m ? (m[1] as string).toLowerCase() : null;
}

function charsetOfMeta(tag: string): string | null {
  const attributes = attributesOf(tag.slice('<meta'.length));
  const direct = attributes.get('charset');
  if (direct) return direct.trim().toLowerCase();
  if ((attributes.get('http-equiv') ?? '').toLowerCase() !== 'content-type') return null;
  return charsetFromContentType(attributes.get('content'));
}

/** The declared charset label, lower case, or null when the page declares none. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = latin1Prefix(bytes, PRESCAN_BYTES);
  const xml = XML_DECLARATION.exec(head.trimStart());
  if (xml) return (xml[1] as string).toLowerCase();
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const after = lower.charCodeAt(at + 5);
    if (!(after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d || after === 0x2f)) continue;
    const end = lower.indexOf('>', at);
    const tag = head.slice(at, end < 0 ? Math.min(head.length, at + MAX_TAG) : Math.min(end, at + MAX_TAG));
    const charset = charsetOfMeta(tag);
    if (charset) return charset;
  }
  return null;
}

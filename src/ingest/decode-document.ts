/**
 * Bytes → string for one document. Order of authority (WHATWG "encoding sniffing"): a BOM, then the
 * transport's charset (HTTP Content-Type in a WARC), then what an HTML page declares, else UTF-8.
 * Invalid UTF-8 is decoded with U+FFFD and a warning that says how many bytes were replaced.
 */
import { detectBom, scanUtf8 } from './bytes.ts';
import { declaredHtmlCharset } from './html-charset.ts';
import type { Note } from './types.ts';
import { decodeWindows1252 } from './windows-1252.ts';

export interface DecodeOptions {
  readonly html: boolean;
  /** A charset stated outside the document (the HTTP header of a WARC response). */
  readonly transportCharset?: string | null;
}

export interface Decoded {
  readonly content: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252`, …). */
  readonly encoding: string;
  readonly notes: Note[];
}

/** Labels a page may declare that WHATWG maps elsewhere: a meta tag cannot truthfully declare UTF-16. */
const DECLARED_OVERRIDES: Readonly<Record<string, string>> = {
  'utf-16': 'utf-8', 'utf-16le': 'utf-8', 'utf-16be': 'utf-8', 'x-user-defined': 'windows-1252',
};

/** The WHATWG encoding name for a label, or null when TextDecoder knows no such label. */
export function encodingForLabel(label: string): string | null {
  const mapped = DECLARED_OVERRIDES[label.trim().toLowerCase()] ?? label;
  try {
    return new TextDecoder(mapped).encoding;
  } catch {
    return null;
  }
}

export function decodeDocument(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const bom = detectBom(bytes);
  if (bom) return { content: new TextDecoder(bom.encoding).decode(bytes), encoding: bom.encoding, notes: bom.encoding === 'utf-8' ? utf8Notes(bytes) : [] };
  const notes: Note[] = [];
  const label = options.transportCharset ?? (options.html ? declaredHtmlCharset(bytes) : null);
  let encoding = 'utf-8';
  if (label) {
    const known = encodingForLabel(label);
    if (known) encoding = known;
    else notes.push({ code: 'unknown-charset', reason: `declared charset "${label.slice(0, 40)}" is not known; decoded as UTF-8` });
  }
  if (encoding !== 'utf-8') {
    const asUtf8 = tryUtf8(bytes);
    // A page re-saved as UTF-8 often keeps its old declaration; valid multi-byte UTF-8 is almost never legacy text.
    if (asUtf8 !== null && /[^\x00-\x7f]/.test(asUtf8)) {
      notes.push({ code: 'charset-mismatch', reason: `declared ${encoding} but the bytes are valid UTF-8; decoded as UTF-8` });
      return { content: asUtf8, encoding: 'utf-8', notes };
    }
    const content = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
    return { content, encoding, notes };
  }
  const strict = tryUtf8(bytes);
  if (strict !== null) return { content: strict, encoding, notes };
  return { content: new TextDecoder('utf-8').decode(bytes), encoding, notes: [...notes, ...utf8Notes(bytes)] };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The non-fatal `invalid-utf8` warning, or nothing when the bytes are well-formed. */
export function utf8Notes(bytes: Uint8Array): Note[] {
  if (tryUtf8(bytes) !== null) return [];
  const scan = scanUtf8(bytes);
  const s = scan.invalidBytes === 1 ? '' : 's';
  return [{
    code: 'invalid-utf8',
    reason: `${scan.invalidBytes} byte${s} of invalid UTF-8 (first at byte offset ${scan.firstInvalidOffset}) replaced with U+FFFD; no other charset was declared`,
  }];
}

/** Decodes UTF-8 text (a JSON line), with the same warning when bytes are invalid. */
export function decodeUtf8(bytes: Uint8Array): { readonly text: string; readonly notes: Note[] } {
  const strict = tryUtf8(bytes);
  if (strict !== null) return { text: strict, notes: [] };
  return { text: new TextDecoder('utf-8').decode(bytes), notes: utf8Notes(bytes) };
}

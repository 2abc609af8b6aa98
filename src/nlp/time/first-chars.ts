/**
 * The characters a match of a regex can begin with, read off its source: the engine (find.ts) tries a
 * rule only at word starts whose first character is one of them. Two in three sticky tries failed on
 * the first character (measured: README, Speed). The answer is a superset, never a guess: zero-width
 * parts (lookarounds, `\b`, `^`, `$`) are skipped (they only narrow), and anything this reader does not
 * know (`.`, `\W`, `\S`, `\D`, `\p{…}`, negated classes, back-references) gives `null`, "any character".
 * Letters are kept in lower case: the rules are case-insensitive, and `i` without `u` matches ASCII
 * letters only with ASCII letters.
 */

/** Lower-cased first characters (code units), or null when any character may begin a match. */
export type FirstChars = ReadonlySet<number> | null;

interface Part {
  /** Null: any character. */
  readonly first: Set<number> | null;
  /** Whether the part can match the empty string. */
  readonly nullable: boolean;
}

class Unknown extends Error {}

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const DIGITS = range(48, 57);
const WORD = [...range(97, 122), ...DIGITS, 95];
const SPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

export function firstChars(source: string): FirstChars {
  try {
    const reader = new Reader(source);
    const part = reader.alternation();
    if (reader.at < source.length) return null; // an unbalanced `)`: not ours to read
    return part.nullable ? null : part.first;
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

/** Whether a match can begin with the character `code` (an ASCII letter is looked up in lower case). */
export function mayBegin(first: FirstChars, code: number): boolean {
  return first === null || first.has(lower(code));
}

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  alternation(): Part {
    let part = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      const next = this.sequence();
      part = { first: union(part.first, next.first), nullable: part.nullable || next.nullable };
    }
    return part;
  }

  private sequence(): Part {
    let first: Set<number> | null = new Set();
    let nullable = true; // so far every item could match nothing
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.quantified(this.atom());
      if (nullable) first = union(first, item.first);
      nullable &&= item.nullable;
    }
    return { first, nullable };
  }

  private quantified(part: Part): Part {
    const c = this.source[this.at];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unknown();
      optional = Number(m[1]) === 0;
      this.at += m[0].length;
    } else return part;
    if (this.source[this.at] === '?') this.at++; // lazy
    return optional ? { first: part.first, nullable: true } : part;
  }

  private atom(): Part {
    const c = this.source[this.at] as string;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const set = this.escape(false);
      return set === 'zero-width' ? { first: new Set(), nullable: true } : { first: set, nullable: false };
    }
    this.at++;
    if (c === '^' || c === '$') return { first: new Set(), nullable: true };
    if (c === '.') return { first: null, nullable: false };
    return { first: new Set([lower(c.charCodeAt(0))]), nullable: false };
  }

  private group(): Part {
    const rest = this.source.slice(this.at);
    const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(rest);
    const opening = lookaround ?? /^\(\?:/.exec(rest) ?? /^\(\?<[A-Za-z_$][\w$]*>/.exec(rest) ?? (/^\((?!\?)/.exec(rest));
    if (!opening) throw new Unknown();
    this.at += opening[0].length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unknown();
    this.at++;
    // a lookaround only narrows where a match may begin: skipping it keeps a superset
    return lookaround ? { first: new Set(), nullable: true } : inner;
  }

  private charClass(): Part {
    this.at++; // [
    if (this.source[this.at] === '^') throw new Unknown();
    const set = new Set<number>();
    let previous: number | null = null;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const c = this.source[this.at] as string;
      if (c === '-' && previous !== null && this.source[this.at + 1] !== ']') {
        this.at++;
        const to = this.classChar();
        if (to === null) throw new Unknown();
        for (const code of range(previous, to)) add(set, code);
        previous = null;
        continue;
      }
      if (c === '\\') {
        const escaped = this.escape(true);
        if (escaped === 'zero-width' || escaped === null) throw new Unknown();
        for (const code of escaped) set.add(code);
        previous = escaped.size === 1 ? ([...escaped][0] as number) : null;
        continue;
      }
      this.at++;
      previous = c.charCodeAt(0);
      add(set, previous);
    }
    if (this.source[this.at] !== ']') throw new Unknown();
    this.at++;
    return { first: set, nullable: false };
  }

  /** One class member for the end of a range (`a-z`): a literal character or an escaped one. */
  private classChar(): number | null {
    const c = this.source[this.at];
    if (c === undefined) return null;
    if (c !== '\\') {
      this.at++;
      return c.charCodeAt(0);
    }
    const escaped = this.escape(true);
    return escaped !== 'zero-width' && escaped !== null && escaped.size === 1 ? ([...escaped][0] as number) : null;
  }

  /** `\x` at the reader: the characters it stands for, `zero-width` for `\b`, `\B`, null for any. */
  private escape(inClass: boolean): Set<number> | null | 'zero-width' {
    const c = this.source[this.at + 1];
    if (c === undefined) throw new Unknown();
    this.at += 2;
    if (c === 'd') return new Set(DIGITS);
    if (c === 'w') return new Set(WORD);
    if (c === 's') return new Set(SPACE);
    if ((c === 'b' || c === 'B') && !inClass) return 'zero-width';
    if (/[A-Za-z0-9]/.test(c)) throw new Unknown(); // \D \S \W \p{…} \u… \x… \1 \k<…> \n \t …: not needed by the rules
    return new Set([lower(c.charCodeAt(0))]);
  }
}

function add(set: Set<number>, code: number): void {
  set.add(lower(code));
}

function union(a: Set<number> | null, b: Set<number> | null): Set<number> | null {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const code of b) out.add(code);
  return out;
}

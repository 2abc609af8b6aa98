/**
 * Content → items: split into lines, normalise whitespace, drop bullet glyphs, skip blank lines
 * (remembering them), and take off what is glued to the start of a sentence: the scraper's
 * `date YYYY-MM-DD` prefix on the first line, and a photo credit (split-credit.ts).
 */
import type { Item } from './items.ts';
import { makeItem } from './items.ts';
import { normalizeLine, splitLines } from './normalize-line.ts';
import { stripBullet } from './strip-bullet.ts';
import { splitLeadingCredit } from './split-credit.ts';
import type { StatedDate } from './read-dateline.ts';
import { readDateline } from './read-dateline.ts';

export interface RemovedPart {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export interface ReadItems {
  readonly items: Item[];
  readonly removed: RemovedPart[];
  readonly prefixDate: StatedDate | null;
}

const DATE_PREFIX = /^date (\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?)(?= |$)/i;

export function readItems(content: string): ReadItems {
  const items: Item[] = [];
  const removed: RemovedPart[] = [];
  let prefixDate: StatedDate | null = null;
  let blankBefore = false;
  splitLines(content).forEach((raw, line) => {
    let text = stripBullet(normalizeLine(raw));
    if (items.length === 0 && removed.length === 0) {
      const prefix = DATE_PREFIX.exec(text);
      if (prefix?.[1] !== undefined) {
        prefixDate = readDateline(prefix[1]);
        removed.push({ line, text: prefix[0], reason: 'date-prefix' });
        text = text.slice(prefix[0].length).trimStart();
      }
    }
    const credit = splitLeadingCredit(text);
    if (credit !== null) {
      removed.push({ line, text: credit.credit, reason: 'photo-credit' });
      text = credit.rest;
    }
    if (text.length === 0) {
      blankBefore = items.length > 0;
      return;
    }
    items.push(makeItem(line, text, blankBefore));
    blankBefore = false;
  });
  return { items, removed, prefixDate };
}

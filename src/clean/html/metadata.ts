/**
 * Title, author, site name, language and URL from the page signals: JSON-LD and meta tags first,
 * then visible markup (h1, <title> without its site suffix, byline elements), then the given URL.
 */
import { authorNames, firstString } from './json-ld.ts';
import type { JsonObject } from './json-ld.ts';
import { AUTHOR_META, JSONLD_SITE, JSONLD_TITLE, LANGUAGE_META, SITE_META, TITLE_META, URL_META } from './metadata-keys.ts';
import type { PageSignals } from './page-signals.ts';
import { collapse } from './dom.ts';

function fromMeta(signals: PageSignals, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = signals.meta.get(key);
    if (value && collapse(value)) return collapse(value);
  }
  return null;
}

/** `Headline | Site` / `Headline - Site` / `Site: Headline`: keep the longer side of a title separator. */
function stripSiteSuffix(title: string, site: string | null, onlyKnownSite = false): string {
  const parts = title.split(/\s+[|–—·•»-]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const rest = parts.filter((p) => p.toLowerCase() !== site.toLowerCase());
    if (rest.length < parts.length) return rest.join(' - ');
  }
  if (onlyKnownSite) return title;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * The headline: an h1 that the page's own title (og:title or <title>) agrees with wins, since a page
 * may have h1s in its navigation and titles carry site names; else the stated title without its
 * site suffix; else the first h1.
 */
export function pageTitle(signals: PageSignals, ld: readonly JsonObject[], site: string | null): string | null {
  const stated = [fromMeta(signals, TITLE_META), firstJsonLd(ld, JSONLD_TITLE), signals.titleTag].filter((t): t is string => !!t);
  const lowered = stated.map((t) => t.toLowerCase());
  const agreed = signals.h1s.find((h) => h.length >= 8 && lowered.some((t) => t.includes(h.toLowerCase())));
  if (agreed) return agreed;
  // og:title and headlines rarely carry the site name unless it is named; <title> usually does
  if (stated.length > 0) return stripSiteSuffix(stated[0]!, site, stated[0] !== signals.titleTag);
  return signals.h1s[0] ?? null;
}

function firstJsonLd(ld: readonly JsonObject[], paths: readonly (readonly string[])[]): string | null {
  for (const path of paths) {
    const found = firstString(ld, path);
    if (found) return collapse(found);
  }
  return null;
}

/** "By", "Posted by", "Eingestellt von", "Text:" and kin before a byline's name. */
const BY_PREFIX = /^(?:(?:posted|written|published|eingestellt|verfasst|geschrieben|publiziert|veröffentlicht|erstellt)\s+(?:by|von|par)|by|von|par|por|di|door|av|af|autor(?:in)?|author|text|texte|artikel von|redakteur(?:in)?)\s*:?\s+/i;
/** Where a byline's name ends: a date, a separator, a role or a "says". */
const BYLINE_END = /\s*(?:[|·•–—]|\s-\s|\s-$|\d|\b(?:am|on|le|el|il|den|stand|updated|published|aktualisiert|veröffentlicht|posted|alles von|kontakt|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so)\b[.,:]?\s).*$/i;
const NOT_A_NAME = /\b(says|sagt|schreibt|wrote|antworten|reply|posted|publiziert|veröffentlicht|redaktion\s+\d)\b|^https?:|^@|www\.|\.com\b/i;

function cleanAuthor(raw: string, site: string | null): string | null {
  const text = collapse(raw).replace(BY_PREFIX, '');
  if (NOT_A_NAME.test(text)) return null;
  const name = text.replace(BYLINE_END, '').replace(/^[-–—·:]\s*/, '').replace(/[\s,;:–-]+$/, '').trim();
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name) || name.split(' ').length > 6) return null;
  if (site && name.toLowerCase() === site.toLowerCase()) return null;
  return name;
}

export function pageAuthor(signals: PageSignals, ld: readonly JsonObject[], site: string | null): string | null {
  const candidates = [authorNames(ld), ...AUTHOR_META.map((k) => signals.meta.get(k) ?? null), ...signals.bylines];
  for (const c of candidates) {
    const name = c ? cleanAuthor(c, site) : null;
    if (name) return name;
  }
  return null;
}

export function pageSiteName(signals: PageSignals, ld: readonly JsonObject[]): string | null {
  const site = fromMeta(signals, SITE_META.slice(0, 1)) ?? firstJsonLd(ld, JSONLD_SITE) ?? fromMeta(signals, SITE_META.slice(1));
  return site && !/^https?:/.test(site) ? site.replace(/^@/, '') : null;
}

export function pageLanguage(signals: PageSignals, ld: readonly JsonObject[]): string | null {
  const raw = signals.htmlLang ?? fromMeta(signals, LANGUAGE_META) ?? firstString(ld, ['inLanguage']);
  if (!raw) return null;
  const tag = raw.split(/[,;\s]/)[0]!.replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

export function pageUrl(signals: PageSignals, given: string | undefined): string | null {
  const candidates = [signals.canonical, fromMeta(signals, URL_META)];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const resolved = new URL(c, given);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return resolved.toString();
    } catch {
      // a relative canonical without a base URL, or a malformed one: try the next source
    }
  }
  return given ?? null;
}

/** The outlet: from the page's URL (a domain table, else the registrable domain) or the text's own name for itself. */
import type { Problem } from '../../model/index.ts';
import { problem } from '../../model/index.ts';
import { OUTLET_ALIASES, OUTLET_DOMAINS, REGISTRY_LABELS, SELF_REFERENCES } from './rules/outlets.ts';

export interface SourceReading {
  readonly source: string | null;
  readonly problems: readonly Problem[];
}

export function sourceFromUrl(url: string | undefined): SourceReading {
  if (url === undefined || url.trim() === '') return { source: null, problems: [] };
  let host: string;
  try {
    host = new URL(url.trim()).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return { source: null, problems: [problem('clean.text', 'invalid-url', `hints.url ${JSON.stringify(url.slice(0, 120))} is not a URL`, undefined, false)] };
  }
  return { source: outletOfHost(host), problems: [] };
}

function outletOfHost(host: string): string | null {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const outlet = OUTLET_DOMAINS[labels.slice(i).join('.')];
    if (outlet !== undefined) return outlet;
  }
  return registrableDomain(labels);
}

/** `www.example.co.uk` → `example.co.uk`; an IP address or a single label names no outlet. */
function registrableDomain(labels: readonly string[]): string | null {
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l)) || labels.some((l) => l.includes(':'))) return null;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = tld.length === 2 && REGISTRY_LABELS.has(second) && labels.length >= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The outlet a text names itself by ("Welcome to the DW News' live blog" → DW), or null. */
export function sourceFromSelfReference(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    for (const pattern of SELF_REFERENCES) {
      const name = pattern.exec(paragraph)?.[1];
      if (name !== undefined) return OUTLET_ALIASES[name] ?? name;
    }
  }
  return null;
}

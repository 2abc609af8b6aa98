/**
 * The content cascade: score the page with chrome subtrees dropped; when that under-delivers (a
 * page whose article sits inside something that looks like chrome), score again keeping them and
 * take the longer text. Each stage only engages when the one before found too little.
 */
import type { Element } from 'domhandler';
import { chooseRoot } from './choose-root.ts';
import { buildPageModel } from './page-model.ts';
import { serialise } from './to-text.ts';

/** Below this many characters an extraction counts as under-delivering. */
const ENOUGH_TEXT = 250;

function attempt(body: Element, dropChrome: boolean, title: string | null): string {
  const model = buildPageModel(body, dropChrome);
  const choice = chooseRoot(model);
  if (!choice) return '';
  return serialise(choice.parts.map((i) => model.elements[i]!), { model, title });
}

export function extractContent(body: Element, title: string | null): string {
  const normalisedTitle = title ? title.replace(/\s+/g, ' ').trim().toLowerCase() : null;
  const first = attempt(body, true, normalisedTitle);
  if (first.length >= ENOUGH_TEXT) return first;
  const second = attempt(body, false, normalisedTitle);
  return second.length > first.length ? second : first;
}

/**
 * Which element holds the article: Readability's idea, recomputed over the flat page model. Each
 * paragraph (a block owning ≥ MIN_PARAGRAPH characters) scores 1 + commas + length/100 (≤ 3) and hands
 * that score up to five ancestors with decay; an ancestor's total is weighed by its tag and class/id
 * tokens and by (1 − link density). The best one is lifted to the ancestor that several near-best
 * candidates share, then siblings that look like more of the same article join it.
 */
import { CONTAINER_TAGS, LEAD_TOKENS, NEGATIVE_TOKENS, POSITIVE_TOKENS } from './content-rules.ts';
import { tokensOf } from './dom.ts';
import type { PageModel } from './page-model.ts';

const MIN_PARAGRAPH = 25;
const MIN_CANDIDATE_TEXT = 140;
const TAG_WEIGHT: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5, body: -10, html: -10,
};

export interface RootChoice {
  /** Indexes of the elements whose text is the article, in document order. */
  readonly parts: number[];
  readonly score: number;
}

function classWeight(model: PageModel, i: number): number {
  let weight = 0;
  for (const t of tokensOf(model.elements[i]!)) {
    if (POSITIVE_TOKENS.has(t)) weight = Math.max(weight, 25);
    else if (NEGATIVE_TOKENS.has(t)) weight = Math.min(weight, -25);
  }
  const prop = model.elements[i]!.attribs.itemprop;
  if (prop === 'articleBody' || prop === 'articlebody') weight += 50;
  return weight;
}

function linkDensity(model: PageModel, i: number): number {
  const text = model.text[i] as number;
  return text > 0 ? (model.linkText[i] as number) / text : 0;
}

function paragraphScores(model: PageModel): Float64Array {
  const raw = new Float64Array(model.elements.length);
  for (let i = 0; i < model.elements.length; i++) {
    const own = model.ownText[i] as number;
    if (own < MIN_PARAGRAPH) continue;
    const score = 1 + (model.ownCommas[i] as number) + Math.min(Math.floor(own / 100), 3);
    // a container holding bare text (no <p>) is its own paragraph's parent
    if (CONTAINER_TAGS.has(model.elements[i]!.name)) raw[i] = (raw[i] as number) + score;
    let ancestor = model.parent[i] as number;
    for (let level = 0; level < 5 && ancestor >= 0; level++) {
      raw[ancestor] = (raw[ancestor] as number) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      ancestor = model.parent[ancestor] as number;
    }
  }
  return raw;
}

export function candidateScores(model: PageModel): Float64Array {
  const raw = paragraphScores(model);
  const final = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    // a heading wrapper with a positive class must not outrank the article on its class alone
    if ((raw[i] as number) <= 0 || (model.text[i] as number) < MIN_CANDIDATE_TEXT) continue;
    const base = (TAG_WEIGHT[model.elements[i]!.name] ?? 0) + classWeight(model, i);
    final[i] = ((raw[i] as number) + base) * (1 - linkDensity(model, i));
  }
  return final;
}

function ancestorsOf(model: PageModel, i: number): number[] {
  const out: number[] = [];
  for (let a = model.parent[i] as number; a >= 0; a = model.parent[a] as number) out.push(a);
  return out;
}

/** Lift the top candidate to the nearest ancestor shared by ≥ 3 near-best candidates (Readability's fix for split articles). */
function lift(model: PageModel, scores: Float64Array, top: number): number {
  const best = scores[top] as number;
  const rivals: number[] = [];
  for (let i = 0; i < scores.length; i++) if (i !== top && (scores[i] as number) >= best * 0.75) rivals.push(i);
  if (rivals.length < 2) return top;
  for (const a of ancestorsOf(model, top)) {
    if (model.elements[a]!.name === 'body') break;
    let contained = 0;
    for (const r of rivals) if (ancestorsOf(model, r).includes(a)) contained++;
    if (contained >= 2) return a;
  }
  return top;
}

/** A lead (standfirst) box before the article: it holds the h1 or says lead/intro in its class. */
function isLead(model: PageModel, root: number, sibling: number): boolean {
  if (sibling > root || model.end[sibling] !== root - 1 || linkDensity(model, sibling) > 0.3) return false;
  if (tokensOf(model.elements[sibling]!).some((t) => LEAD_TOKENS.has(t))) return true;
  for (let i = sibling; i <= (model.end[sibling] as number); i++) if (model.elements[i]!.name === 'h1') return true;
  return false;
}

function siblingJoins(model: PageModel, scores: Float64Array, root: number, sibling: number): boolean {
  if (isLead(model, root, sibling)) return true;
  const threshold = Math.max(10, (scores[root] as number) * 0.2);
  if ((scores[sibling] as number) >= threshold) return true;
  if (model.elements[sibling]!.name !== 'p') return false;
  const text = model.text[sibling] as number;
  const density = linkDensity(model, sibling);
  return (text > 80 && density < 0.25) || (text > 0 && density === 0 && text >= 40);
}

export function chooseRoot(model: PageModel): RootChoice | null {
  const scores = candidateScores(model);
  let top = -1;
  for (let i = 0; i < scores.length; i++) if ((scores[i] as number) > 0 && (top < 0 || (scores[i] as number) > (scores[top] as number))) top = i;
  if (top < 0) return null;
  const root = lift(model, scores, top);
  const parent = model.parent[root] as number;
  if (parent < 0) return { parts: [root], score: scores[root] as number };
  const parts: number[] = [];
  for (let i = parent + 1; i < model.elements.length; i++) {
    if (model.parent[i] !== parent) continue;
    if (i === root || siblingJoins(model, scores, root, i)) parts.push(i);
  }
  return { parts, score: scores[root] as number };
}

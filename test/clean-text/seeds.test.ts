/**
 * The five seeds: each cleans to its reviewed golden text and metadata, and every body sentence of the
 * seed survives — checked sentence by sentence against the seed itself, so a golden file cannot hide a loss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { cleanScrapedText } from '../../src/clean/text/index.ts';
import { seedGolden } from './regenerate-fixtures.ts';
import { FIXTURES, HAS_SEEDS, SEEDS_DIR } from './helpers.ts';

const seeds = HAS_SEEDS ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort() : [];
const skip = HAS_SEEDS ? false : `seeds not found at ${SEEDS_DIR.pathname}`;

/** Sentences of a paragraph, roughly: split after . ! ? followed by a space and a capital or quote. */
function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["'”’]?) (?=["“‘']?\p{Lu})/u).map((s) => s.trim()).filter((s) => s.length > 0);
}

function normalised(line: string): string {
  return line.replace(/[\u00a0\t]/g, ' ').replace(/ {2,}/g, ' ').trim().replace(/^•\s?/, '');
}

test('seeds: all five are present', { skip }, () => {
  assert.equal(seeds.length, 5);
});

for (const file of seeds) {
  const name = file.replace(/\.txt$/, '');
  const content = readFileSync(new URL(file, SEEDS_DIR), 'utf8');
  const result = cleanScrapedText(content, {});

  test(`seed ${name}: clean text (by hash), metadata and removed lines equal the reviewed golden`, { skip }, () => {
    const expected: unknown = JSON.parse(readFileSync(new URL(`seeds/${name}.expected.json`, FIXTURES), 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(seedGolden(result))), expected);
  });

  test(`seed ${name}: every sentence of every kept-or-dropped line is either in the text or in removed`, { skip }, () => {
    const removed = new Set(result.removed.map((r) => r.text));
    for (const line of content.split('\n').map(normalised).filter((l) => l.length > 0)) {
      for (const sentence of sentences(line.replace(/^date \d{4}-\d{2}-\d{2} ?/, ''))) {
        const dropped = [...removed].some((r) => r.includes(sentence));
        // a kicker removed off the front of a line whose rest was kept ("WATCH |" over a headline)
        const split = [...removed].some((r) => sentence.startsWith(r) && result.text.includes(sentence.slice(r.length).trim()));
        assert.ok(result.text.includes(sentence) || dropped || split, `lost: ${sentence}`);
      }
    }
  });
}

/** Body sentences checked by hand, one or more per kind of paragraph, that must survive cleaning. */
const MUST_SURVIVE: readonly (readonly [string, string])[] = [
  ['000', 'Top Iranian military commander Qasem Soleimani was killed on Friday in Baghdad by a US airstrike authorized by President Donald Trump.'],
  ['000', '— Donald J. Trump (@realDonaldTrump) 4 January 2020'],
  ['001', "The US Pentagon has said Iranian commander Qassem Soleimani was targeted in order to 'protect US personnel abroad'."],
  ['001', 'US officials suggested they were prepared to engage in further retaliatory attacks in Iraq.'],
  ['002', 'US forces have killed the head of Iran\'s elite Quds Force and the deputy leader of Iraq\'s Shiite-dominated Popular Mobilization Units.'],
  ['002', '08:05 To catch you up to speed, here\'s a brief rundown of today\'s events and how we got here.'],
  ['002', 'Follow us here for the latest.'],
  ['003', 'US to send more troops to Middle East — as it happened'],
  ['003', 'Some 3,000 US troops are being sent to the Middle East as a "precautionary" measure.'],
  ['003', '03:09 US Secretary of State Mike Pompeo expressed frustration'],
  ['003', '19:43 Read more about the historical hostilities between the two feuding nations here: The US and Iran: Decades of enmity'],
  ['003', 'Read more about Iranian capabilities in this DW explainer on Iran\'s military power.'],
  ['003', 'He added that German soldiers should be taken out of Iraq immediately because security on the ground cannot be guaranteed.'],
  ['004', "In mid-October, Iran's general Qassem Soleimani met with his Iraqi Shi’ite militia allies at a villa on the banks of the Tigris River."],
  ['004', 'Watch the video above.'],
  ['004', 'to succeed him.'],
];

for (const [prefix, sentence] of MUST_SURVIVE) {
  test(`seed ${prefix}: keeps ${JSON.stringify(sentence.slice(0, 60))}`, { skip }, () => {
    const file = seeds.find((f) => f.startsWith(prefix));
    assert.ok(file, `seed ${prefix} missing`);
    assert.ok(cleanScrapedText(readFileSync(new URL(file, SEEDS_DIR), 'utf8'), {}).text.includes(sentence));
  });
}

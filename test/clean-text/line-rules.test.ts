/** Each chrome family drops its lines with its reason; body sentences that look a bit like chrome stay. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineRules } from '../../src/clean/text/rules/index.ts';
import { AFTER, BEFORE, cleanBetween } from './helpers.ts';

const CHROME: readonly (readonly [string, string])[] = [
  ['Skip to content', 'skip-link'],
  ['1. Skip to content', 'skip-link'],
  ['Skip to more DW sites', 'skip-link'],
  ['Skip next section Explore more', 'skip-link'],
  ['Back to top', 'jump-link'],
  ['Home > World > Middle East', 'breadcrumb'],
  ["DW's Top Story", 'promo-heading'],
  ['Most Read', 'promo-heading'],
  ['You may also like', 'promo-heading'],
  ['This browser does not support the video element.', 'player-notice'],
  ['Your browser does not support the audio element.', 'player-notice'],
  ['Media playback is unsupported on your device', 'player-notice'],
  ['Please enable JavaScript to view this content', 'player-notice'],
  ['Watch video 00:23 Trump does not foresee war with Iran', 'watch-video'],
  ['Image caption Protesters in Tehran on Friday', 'caption-label'],
  ['Image copyright Getty Images', 'photo-credit'],
  ['Image: Reuters/WANA/N. Tabatabaee', 'photo-credit'],
  ['Photograph: Atta Kenare/AFP via Getty Images', 'photo-credit'],
  ['AFP via Getty Images', 'photo-credit'],
  ['Protesters also rallied in the Indian-controlled part of KashmirImage: AFP/T. Mustafa', 'caption-with-credit'],
  ['Soleimani in 2019.Image: picture-alliance/AP Photo/Office of the Supreme Leader', 'caption-with-credit'],
  ['The Pentagon confirmed that the strike was ordered by US President Donald Trump [Getty]', 'caption-with-credit'],
  ['Read more: US kills top Iranian General Soleimani in Baghdad airstrike', 'read-more'],
  ['Read moreUS, Iran on precipice of unpredictable Middle East war', 'read-more'],
  ["READ | ANC slams 'inhumane' US airstrikes", 'read-more'],
  ["WATCH | The Iranian plan that Qassem Soleimani's death thwarted", 'read-more'],
  ['Related: Iran vows revenge', 'read-more'],
  ['Read more on: united states | iran | iraq', 'tag-list'],
  ['Tags: Iran, Iraq, United States', 'tag-list'],
  ['Click here to watch the video', 'click-here'],
  ['Share this article', 'share-button'],
  ['Share on Facebook', 'share-button'],
  ['Follow us on Twitter and Instagram to stay connected', 'follow-prompt'],
  ['Follow Ian Hanchett on Twitter @IanHanchett.', 'follow-prompt'],
  ['Sign up for our newsletter', 'newsletter-promo'],
  ["Each evening at 1830 UTC, DW's editors send out a selection of the day's hard news. You can sign up to receive it directly here.", 'newsletter-promo'],
  ['Advertisement', 'advert'],
  ['Story continues below advertisement', 'advert'],
  ['Copyright © 2020 Deutsche Welle', 'copyright'],
  ['© Reuters', 'copyright'],
  ['All rights reserved.', 'copyright'],
  ['We use cookies to improve your experience on our site.', 'cookie-notice'],
  ['Accept all cookies', 'cookie-notice'],
  ['2 min read', 'read-time'],
  ['Reading time: 4 minutes', 'read-time'],
  ['Listen to this article', 'listen-prompt'],
  ['Updated 3 hours ago', 'updated-ago'],
  ['nm,dj,ls,jsi,mmc/sms (AP, AFP, dpa, Reuters)', 'agency-signoff'],
  ['ls/stb (AP, Reuters)', 'agency-signoff'],
  ['— Reuters', 'agency-signoff'],
  ['- additional reporting by AFP', 'reporting-credit'],
  ['Reporting by Ahmed Rasheed; Editing by Jon Boyle', 'reporting-credit'],
  ['The Associated Press contributed to this report.', 'reporting-credit'],
  ['All updates in Coordinated Universal Time (UTC)', 'zone-statement'],
];

for (const [line, reason] of CHROME) {
  test(`chrome: ${JSON.stringify(line)} → ${reason}`, () => {
    const r = cleanBetween(line);
    assert.deepEqual(r.removed, [{ text: line, reason }]);
    assert.equal(r.text, `${BEFORE}\n\n${AFTER}`);
  });
}

/** Body sentences near a chrome form; every one must come through untouched. */
const BODY: readonly string[] = [
  'Read more about this in the report, he said.',
  'Related: the two attacks were linked, police said.',
  'The Image of the general was carried through the crowd.',
  'Image: a new poll shows support for the deal is falling',
  'At 08:05 the troops left the base.',
  'The attack happened at 03:42 local time, the army said.',
  'Share prices fell 3% on Friday.',
  'Follow the money, he told reporters.',
  'Follow us here for the latest.',
  'Advertisement revenue fell sharply last year.',
  'Copyright law was at the heart of the dispute.',
  'More — much more — was at stake in the talks.',
  'More from the minister is expected on Monday.',
  'Skip to the end, she said, and you will see.',
  'Home is where the heart is, the refugee said.',
  'Close to 3,000 troops were sent to the region.',
  'Watch the video above.',
  'Watch what happens next, she warned.',
  'Tags were found on the bodies of the victims.',
  'Reuters reported that the strike killed 10 people.',
  '- Reuters reported on Friday that talks had stalled.',
  'All times are uncertain, the minister said.',
  'Users can sign up to receive alerts, the ministry said.',
  '"You can sign up here," the recruiter told him.',
  'Photograph: a symbol of the revolution, it hung in every office.',
  'Listen to what they are saying, he urged.',
  'January 3, 2020 was a Friday.',
  '— Donald J. Trump (@realDonaldTrump) 4 January 2020',
  'Protesters carried pictures of Soleimani [File]. They chanted slogans.',
  '... owns The Huffington Post. [Reuters]',
];

for (const line of BODY) {
  test(`body survives: ${JSON.stringify(line)}`, () => {
    const r = cleanBetween(line);
    assert.deepEqual(r.removed, []);
    assert.equal(r.text, `${BEFORE}\n\n${line}\n\n${AFTER}`);
  });
}

test('rules: an unanchored pattern is refused where it is declared', () => {
  assert.throws(() => defineRules('bad', [{ name: 'loose', pattern: /Read more/ }]), /anchored/);
  assert.throws(() => defineRules('empty', []), /at least one rule/);
});

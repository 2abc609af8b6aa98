/** Social prompts: share buttons, "Follow us on …", app promos. */
import { defineRules } from './line-rule.ts';

const NETWORKS = 'Facebook|Twitter|X|WhatsApp|LinkedIn|Email|E-mail|Messenger|Reddit|Pinterest|Telegram|Flipboard|Threads|Bluesky|Mastodon';
const SHARE = `Share(?: this)?(?: article| story| page| post| video)?(?: on| via| with| to)?(?: (?:${NETWORKS})(?:,| and| or)?){0,8}`;

export const socialRules = defineRules('social', [
  {
    name: 'share-button',
    pattern: new RegExp(`^(?:${SHARE}|Tweet|Print|Copy link(?: to clipboard)?|Link copied|Comments?|\\d{1,6} comments?|Show comments|Leave a comment|${NETWORKS})$`, 'i'),
  },
  {
    name: 'follow-prompt',
    pattern: /^Follow (?:us|@[\w.]{1,30}|(?:the )?[A-Z][\w.&'’-]{0,30}(?: [A-Z][\w.&'’-]{0,30}){0,3}) on .{1,120}$/,
    requires: /\b(?:Twitter|Facebook|Instagram|X|LinkedIn|YouTube|TikTok|Telegram|WhatsApp|Google News|Threads|Bluesky|social media)\b/,
    maxWords: 25,
  },
  // "Follow Al Jazeera English:" — a heading over the outlet's social links
  { name: 'follow-prompt', pattern: /^Follow (?:us|[A-Z][\w.&'’-]{0,30}(?: [A-Z][\w.&'’-]{0,30}){0,3}) ?:$/ },
  { name: 'follow-prompt', pattern: /^(?:Like us on Facebook|Join (?:us|our \w{1,20}) on (?:Telegram|WhatsApp|Facebook|Discord))\b.{0,120}$/i, maxWords: 25 },
  { name: 'app-promo', pattern: /^(?:Download|Get|Install) (?:the|our) .{1,60}\bapps?\b.{0,100}$/i, maxWords: 25 },
]);

/** Site-wide boilerplate: newsletter promos, adverts, copyright lines, cookie notices, read-time labels. */
import { defineRules } from './line-rule.ts';

export const boilerplateRules = defineRules('boilerplate', [
  {
    name: 'newsletter-promo',
    pattern: /^(?:Sign up|Subscribe|Register)\b.{0,240}$/i,
    requires: /\b(?:newsletters?|e-?mails?|inbox|briefing|bulletin|alerts?|free|digest|podcast)\b/i,
    maxWords: 40,
  },
  // "Each evening at 1830 UTC, DW's editors send out a selection … You can sign up to receive it directly here."
  // No double quotes allowed: a quoted statement about subscribing is reporting, not a promo.
  {
    name: 'newsletter-promo',
    pattern: /^[^"“”]{1,400}$/,
    // an address to the reader, not a report that people signed up for something
    requires: /\b(?:you can (?:now |also )?(?:sign up|subscribe) (?:to receive|for (?:our|free)|here|now)|sign up (?:here|now|today|for (?:our|free|the [\w’' ]{1,40}newsletter))|subscribe (?:here|now|today|to our)|editors send out)\b/i,
    maxWords: 50,
  },
  {
    name: 'advert',
    pattern: /^(?:Advertisement|Advertising|Ad|Sponsored(?: content)?|Promoted(?: content)?|Paid (?:content|post)|(?:Story|Article) continues below(?: advertisement)?|Continue reading(?: the main story| below)?|Scroll to continue(?: with content)?|Skip advert(?:isement)?|Remove ads)$/i,
  },
  // "© 2020 Deutsche Welle", "© Reuters" — but not a stray "©" before running text ("© with an impressive win")
  { name: 'copyright', pattern: /^(?:Copyright\s?)?©\s?(?:(?:19|20)\d{2}\b.{0,200}|\p{Lu}[\p{L}\p{N}&.'’ -]{0,60})$/u, maxWords: 40 },
  { name: 'copyright', pattern: /^Copyright (?:©\s?)?(?:19|20)\d{2}\b.{0,200}$/i, maxWords: 40 },
  { name: 'copyright', pattern: /^.{0,200}\bAll rights reserved\.?$/i, requires: /^All rights|©|\bcopyright\b|\b(?:19|20)\d{2}\b/i, maxWords: 25 },
  { name: 'copyright', pattern: /^This (?:material|article|content) may not be (?:published|reproduced|redistributed)\b.{0,200}$/i, maxWords: 40 },
  { name: 'cookie-notice', pattern: /^(?:We|This (?:site|website)|Our (?:site|website)) uses? cookies\b.{0,300}$/i, maxWords: 60 },
  { name: 'cookie-notice', pattern: /^By (?:continuing|using|clicking|browsing)\b.{0,240}$/i, requires: /\b(?:cookies|privacy policy|terms of (?:use|service))\b/i, maxWords: 50 },
  {
    name: 'cookie-notice',
    pattern: /^(?:Accept(?: all)?(?: cookies)?|Reject all|Cookie (?:policy|settings|preferences)|Manage (?:cookies|preferences)|Privacy policy|Terms of (?:use|service)|Got it|I agree)$/i,
  },
  // "2 min read", "5 minute read", "Reading time: 3 minutes", "Listen to this article · 4 min"
  { name: 'read-time', pattern: /^\d{1,3}\s?(?:min|mins|minute|minutes)(?: read| to read|s? read)?$/i },
  { name: 'read-time', pattern: /^(?:Reading time|Read time|Estimated reading time)\s?:?\s?(?:about |approx\.? |~)?\d{1,3}\s?(?:min|mins|minutes?)\.?$/i },
  { name: 'listen-prompt', pattern: /^Listen(?: to (?:this|the) (?:article|story|podcast))?(?:\s?[·•|–—-]?\s?\d{1,3}(?::\d{2})?\s?(?:min|mins|minutes?)?)?$/i },
  { name: 'updated-ago', pattern: /^(?:Updated|Published|Posted|Last updated)\s?:?\s?\d{1,3}\s?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i },
]);

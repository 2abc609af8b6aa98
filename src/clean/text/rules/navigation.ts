/** Navigation and page furniture: skip links, menus, breadcrumbs, "Top stories"-style section headings. */
import { defineRules } from './line-rule.ts';

/** Headings of promo boxes, optionally owned by the outlet (`DW's Top Story`). */
const PROMO_HEADINGS = [
  'top stor(?:y|ies)', 'most (?:read|popular|viewed|shared|watched)', 'trending(?: now| stories)?',
  'related (?:stories|articles|content|coverage|news|topics|links)', 'more (?:stories|news|top stories|videos)',
  'more from [^,.!?]{1,40}', 'explore more', 'editor[\'’]?s picks?', 'recommended(?: for you| stories| reading)?',
  'you (?:may|might) also like', 'latest (?:news|stories|videos?|headlines)', 'don[\'’]t miss', 'in other news',
  'top headlines', 'breaking news', 'must read', 'what to read next', 'around the web', 'from around the web',
  'featured(?: stories)?', 'more on this story', 'in case you missed it', 'popular now',
].join('|');
const OWNER = `(?:[A-Z][\\w.&-]{0,30}(?: [A-Z][\\w.&-]{0,30}){0,2}['’]s )?`;

export const navigationRules = defineRules('navigation', [
  // "1. Skip to content", "Skip to main menu", "Skip next section Explore more"
  {
    name: 'skip-link',
    pattern: /^(?:\d{1,2}\.\s?)?Skip (?:to (?:the )?(?:content|main content|main menu|menu|navigation|search|footer|more .{1,40})|next section\b.{0,80}|navigation|ad(?:vert(?:isement)?)?)$/i,
    maxWords: 12,
  },
  { name: 'jump-link', pattern: /^(?:Jump|Go|Back|Return) to (?:top|the top|content|main content|navigation|comments|home(?:page)?)$/i },
  {
    name: 'menu-label',
    pattern: /^(?:Menu|Main menu|Navigation|Search|Close|Home|Sections|Log ?in|Sign ?in|Sign ?out|Register|My account|Newsletters?|Next|Previous|Previous article|Next article|Show more|Load more|See more|Expand|Collapse|Open menu|Close menu|Toggle navigation)$/i,
  },
  // "Home > World > Middle East", "News / World": a trail of short labels, never a sentence
  { name: 'breadcrumb', pattern: /^(?:Home|News)\s?[>›»/|]\s?[^.!?"“”]{1,120}$/, maxWords: 15 },
  // "By Jane Doe", "By Jane Doe and John Roe, Reuters" — only in the page header, where bylines live
  {
    name: 'byline',
    pattern: /^By [A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}(?:(?:,| and| &) [A-Z][\w.'’-]{0,30}(?: [A-Z][\w.'’-]{0,30}){0,3}){0,3}$/,
    maxWords: 16,
    headerOnly: true,
  },
  { name: 'promo-heading', pattern: new RegExp(`^${OWNER}(?:${PROMO_HEADINGS})$`, 'i'), maxWords: 10 },
]);

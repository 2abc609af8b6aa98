/** Links to other pages: "Read more: …", "READ | …", tag lists, "Click here …". */
import { defineRules } from './line-rule.ts';

const LINK_LEADS = [
  'Read more', 'Read also', 'Also read', 'Read next', 'See also', 'Related', 'Related content', 'Related story',
  'Related article', 'Related coverage', 'More on this(?: story)?', 'Further reading', 'More', 'Recommended',
  'Read the full (?:story|article|report)', 'Read the latest',
].join('|');

/** "Read more" → "[Rr]ead [Mm]ore": leads match in sentence and title case while the rest of the rule stays case-sensitive. */
function anyInitialCase(lead: string): string {
  return lead.replace(/\b[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}

/** Upper-case kickers that introduce a link (News24 "READ | …", "WATCH | …"). Case-sensitive on purpose. */
const CAPS_LEADS = 'READ|ALSO READ|READ ALSO|READ MORE|MORE|RELATED|SEE ALSO|WATCH|LISTEN|VIDEO|AUDIO|PHOTOS|GALLERY|IN PICTURES|PODCAST|QUIZ|POLL';

export const linkRules = defineRules('links', [
  // "Read more: US kills top Iranian General Soleimani in Baghdad airstrike" — a lead, a separator, a link title.
  // No dash separators here: "More — much more — was at stake." is a sentence.
  // The link title starts like a title: "Related: the two cases were linked, police said." is a sentence.
  { name: 'read-more', pattern: new RegExp(`^(?:${anyInitialCase(LINK_LEADS)})\\s?[:|>»›]\\s?[\\p{Lu}\\p{N}"'‘“].{0,200}$`, 'u'), maxWords: 35 },
  // "Read moreUS, Iran on precipice of unpredictable Middle East war" — lead glued to the link title
  { name: 'read-more', pattern: /^Read more(?:[A-Z0-9"'‘“].{0,200})?$/, maxWords: 35 },
  { name: 'read-more', pattern: new RegExp(`^(?:${CAPS_LEADS})\\s?[:|–—-]\\s?.{1,200}$`), maxWords: 35 },
  { name: 'read-more', pattern: /^(?:Watch|Listen|Video|Audio|Podcast|Gallery|In pictures|Photos)\s?[:|]\s?.{1,160}$/, maxWords: 25 },
  // "Read more on: united states | iran | iraq", "Tags: …", "Topics: …"
  {
    name: 'tag-list',
    pattern: /^(?:Read more on|More on|Tags|Tagged|Topics|Related topics|Filed under|Keywords|Categories|Subjects|Sections)\s?:.{0,300}$/i,
    maxWords: 40,
  },
  // A heading over one tag per line ("Topics" / "Iran" / "Iraq"); drop-in-context.ts takes the tags under it.
  { name: 'tag-heading', pattern: /^(?:Topics|Tags|Related topics|Read more on|More on these topics|Explore more on these topics)$/i },
  { name: 'click-here', pattern: /^Click (?:here|the link|on the link)\b.{0,200}$/i, maxWords: 25 },
]);

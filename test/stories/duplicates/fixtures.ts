/** Invented news texts (no real article copied): a flood story, its wire copy, and a live blog. */

export const WIRE_BODY = [
  'Heavy rain flooded large parts of the river town of Marlow Vale on Tuesday, forcing hundreds of residents to leave their homes before dawn.',
  'Emergency services said about 400 people had been moved to a school gymnasium and two community halls, and that no one had been reported missing.',
  '"The water rose faster than anyone expected," the regional fire chief, Anna Petrik, told reporters at a bridge on the edge of the town.',
  'Forecasters warned that another band of rain would reach the valley on Wednesday evening and that the river could peak above its 1998 record.',
  'The regional government released emergency funds and said it would review the flood barriers that were completed only two years ago.',
];

/** Page chrome of two outlets: menus, share buttons, footers. */
export const CHROME_A = ['Skip to content', 'Home | World | Business | Sport', 'Share this article on social media', '© 2026 Daily Courier. All rights reserved.'];
export const CHROME_B = ['Menu Search Sign in', 'Read more: Storm season in pictures', 'Advertisement', 'Follow us on our channels for the latest news from the region.'];

/** The same flood, written independently: same topic, names and numbers, different sentences. */
export const SAME_TOPIC = [
  'Marlow Vale residents spent Tuesday night in a school gym after the river burst its banks, the second flood to hit the town in a decade.',
  'Anna Petrik, who heads the regional fire service, said crews had carried elderly people out of flooded houses by boat during the night.',
  'Shop owners on the high street said the new flood barriers had failed within hours, and several called for an inquiry into the project.',
  'Meteorologists expect more rain on Wednesday; the river is forecast to rise to near the level of the record 1998 flood, officials said.',
];

/** Live-blog entries, oldest first, without labels; the snapshots print them with their own labels. */
export const ENTRIES = [
  'Welcome to our live coverage of the summit of northern mayors, where transport funding and the new rail line are at the top of the agenda.',
  'The host mayor, Lena Dorsey, opened the summit by saying that the region had waited twenty years for a fast rail connection to the coast.',
  'Protesters gathered outside the conference centre, calling for the rail budget to be spent on local buses instead of the coastal line.',
  'Transport minister Paul Okafor arrived shortly after eleven and told journalists that the government would publish its funding plan in May.',
  'Delegates broke for lunch after a heated debate about whether smaller towns would get stations on the new line or be bypassed entirely.',
  'Mayors signed a joint declaration asking the government to guarantee the funding before the end of the year and to consult smaller towns.',
];

export function label(time: string, text: string): string {
  return `${time} ${text}`;
}

/** Bullet glyphs left at the start of scraped lines. */

/** Bullet glyphs are layout, not text: "• US forces have killed …" keeps only the sentence. */
const BULLET = /^[•◦▪▫‣●○■□∙·]\s?/;

export function stripBullet(line: string): string {
  return line.replace(BULLET, '');
}

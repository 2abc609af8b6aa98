/** Players, captions and photo credits: what a page's images and videos leave behind in plain text. */
import { defineRules } from './line-rule.ts';

/** Picture agencies and photo desks that sign a credit. */
export const PHOTO_PROVIDERS =
  'Getty|AFP|Reuters|AP|EPA|dpa|picture[- ]alliance|Imago|Shutterstock|Alamy|Anadolu|Xinhua|IRNA|WANA|Tasnim|ISNA|SANA|Sputnik|TASS|Bloomberg|PA|NurPhoto|SOPA|ZUMA|Corbis|Rex|Handout|Pool|Supplied|File|Archive|Screengrab|Screenshot|Twitter|Facebook|Instagram|Social media';

/**
 * Running text after a credit label: a lower-case word that is not a name particle, not a label word and
 * not part of a `desk/name` path. "Image: picture-alliance/AP Photo/V. Salemi" has none; "Photograph:
 * Jewell Sammad / AFP / Getty Fancy averting the third world war?" has. No `i` flag: \p{Ll} must stay lower case.
 */
const CREDIT_WITH_TEXT = /(?:Image|Photo|Photograph|Picture|Pic|Foto|Bild|Credit|Media)\b.{0,150}?\s(?!(?:via|and|for|von|van|der|den|del|des|bin|al|el|de|da|di|du|le|la|the|of|credit|copyright|source)\b)\p{Ll}{3,}[^\s/:]*(?=\s|$)/u;

/** Last words of a photo credit, where a credit glued to the start of a sentence ends ("Photograph: AP The …"). */
export const CREDIT_ENDINGS: ReadonlySet<string> = new Set([
  'AP', 'AFP', 'Reuters', 'Getty', 'Images', 'PA', 'EPA', 'EPA-EFE', 'Rex', 'Features', 'Shutterstock', 'Corbis', 'Alamy',
  'Xinhua', 'dpa', 'Bloomberg', 'Handout', 'Pool', 'Sipa', 'Press', 'Anadolu', 'Agency', 'ZUMA', 'NurPhoto', 'Imago', 'Sputnik',
]);

/** The label that starts a credit glued to a sentence. */
export const CREDIT_LABEL = /^(?:Photograph|Photo|Image|Picture|Pic)\s?:\s?/;

/** The credit a caption ends with: a provider, or a `desk/photographer` path. */
const CREDIT_TAIL = new RegExp(`(?:Image|Photo|Photograph|Picture|Foto|Bild)\\s?: ?[^:]{0,80}(?:/|\\b(?:${PHOTO_PROVIDERS})\\b)`);

export const mediaRules = defineRules('media', [
  { name: 'player-notice', pattern: /^(?:This|Your) browser does not support (?:the |HTML5 )?(?:video|audio|iframe|embedded)\b.{0,100}$/i },
  { name: 'player-notice', pattern: /^Media playback is (?:unsupported|not supported) on your device\.?$/i },
  { name: 'player-notice', pattern: /^(?:Please )?(?:enable|turn on) JavaScript\b.{0,160}$/i, maxWords: 30 },
  { name: 'player-notice', pattern: /^JavaScript is (?:disabled|required|not enabled)\b.{0,160}$/i, maxWords: 30 },
  { name: 'player-notice', pattern: /^To (?:play|view|watch) this (?:video|content|media)\b.{0,160}$/i, maxWords: 30 },
  { name: 'player-notice', pattern: /^(?:Video|Audio|Media) (?:unavailable|not available|is loading)\.?$/i },
  { name: 'player-notice', pattern: /^(?:Loading(?: video| player)?(?:\.{3}|…)?|Now playing|Up next|Replay|Play(?: video)?|Pause|Mute|Unmute|Fullscreen)$/i },
  // "Watch video 00:23 Trump does not foresee war with Iran", "Watch video: …"
  { name: 'watch-video', pattern: /^(?:Watch|Play) video(?:\s?\d{1,2}:\d{2}(?::\d{2})?|\s?[:|–—-])?(?:\s.{1,160})?$/i, maxWords: 30 },
  { name: 'video-duration', pattern: /^(?:Video )?(?:duration|length)\s?:?\s?\d{1,2}:\d{2}(?::\d{2})?(?:\s?min)?$/i },
  // BBC: "Image caption Protesters in Tehran", "Media caption …"; "Image copyright Getty Images"
  { name: 'caption-label', pattern: /^(?:Image|Media|Video|Photo) caption\b.{0,240}$/i, maxWords: 45 },
  { name: 'photo-credit', pattern: /^(?:Image|Media|Video|Photo) (?:copyright|source|credit)\b.{0,150}$/i, rejects: CREDIT_WITH_TEXT, maxWords: 20 },
  // A credit on its own line: "Image: Reuters/WANA/N. Tabatabaee", "Photograph: Atta Kenare/AFP"
  // Rejected when a lower-case word follows the label: "Photograph: AP The unmasking of Deep Throat …" is
  // a credit glued to a sentence (read-items.ts splits it), not a credit line.
  {
    name: 'photo-credit',
    pattern: /^(?:Image|Photo|Photograph|Picture|Pic|Foto|Bild|Credit|Photo credit|Image credit)\s?:\s?\S.{0,150}$/i,
    rejects: CREDIT_WITH_TEXT,
    maxWords: 20,
  },
  {
    name: 'photo-credit',
    pattern: /^(?:[\w.' -]{1,40}\/ ?)?(?:Getty Images|Shutterstock|Alamy(?: Stock Photo)?|EPA(?:-EFE)?|AP Photo|picture[- ]alliance|Imago(?: Images)?)(?:\/.{0,60}| via Getty Images)?$/i,
    maxWords: 10,
  },
  { name: 'photo-credit', pattern: /^[\w.' -]{1,40} via Getty Images$/i, maxWords: 8 },
  { name: 'photo-credit', pattern: /^(?:AFP|Reuters|AP|dpa|EPA|Xinhua|Anadolu|IRNA|WANA|Sputnik|TASS)\/.{1,60}$/, maxWords: 8 },
  // "The Pentagon confirmed that the strike was ordered by US President Donald Trump [Getty]". A caption has no
  // full stop before its credit; "… owns The Huffington Post. [Reuters]" is a news brief citing its source.
  {
    name: 'caption-with-credit',
    pattern: new RegExp(`^.{0,400}[^\\s.!?"”’] ?\\[(?:${PHOTO_PROVIDERS}|Getty Images|Anadolu Agency|AlAraby|Al-Araby|Al Araby)(?:[ /][^\\]]{0,60})?\\]$`, 'i'),
    maxWords: 50,
  },
  // "…in the Indian-controlled part of KashmirImage: AFP/T. Mustafa" — a caption with its credit glued on
  { name: 'caption-with-credit', pattern: /^.{1,400}?(?:Image|Photo|Photograph|Picture|Foto|Bild)\s?: ?.{2,120}$/, requires: CREDIT_TAIL, rejects: CREDIT_WITH_TEXT },
]);

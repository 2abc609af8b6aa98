/** Wire agencies a text may credit, with the names they are credited under (matched case-sensitively). */
export interface Agency {
  readonly canonical: string;
  readonly names: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { canonical: 'AP', names: ['AP', 'Associated Press', 'The Associated Press'] },
  { canonical: 'AFP', names: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { canonical: 'Reuters', names: ['Reuters', 'Thomson Reuters'] },
  { canonical: 'dpa', names: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { canonical: 'EFE', names: ['EFE', 'Efe'] },
  { canonical: 'ANSA', names: ['ANSA'] },
  { canonical: 'KNA', names: ['KNA'] },
  { canonical: 'epd', names: ['epd'] },
  { canonical: 'SID', names: ['SID'] },
  { canonical: 'AAP', names: ['AAP', 'Australian Associated Press'] },
  { canonical: 'PA', names: ['PA', 'PA Media', 'Press Association'] },
  { canonical: 'UPI', names: ['UPI', 'United Press International'] },
  { canonical: 'Xinhua', names: ['Xinhua'] },
  { canonical: 'TASS', names: ['TASS', 'Tass', 'ITAR-TASS'] },
  { canonical: 'Interfax', names: ['Interfax'] },
  { canonical: 'RIA Novosti', names: ['RIA Novosti', 'RIA'] },
  { canonical: 'Anadolu', names: ['Anadolu', 'Anadolu Agency', 'AA'] },
  { canonical: 'IRNA', names: ['IRNA'] },
  { canonical: 'KUNA', names: ['KUNA'] },
  { canonical: 'WAFA', names: ['WAFA'] },
  { canonical: 'PTI', names: ['PTI', 'Press Trust of India'] },
  { canonical: 'IANS', names: ['IANS'] },
  { canonical: 'ANI', names: ['ANI'] },
  { canonical: 'Kyodo', names: ['Kyodo', 'Kyodo News'] },
  { canonical: 'Yonhap', names: ['Yonhap'] },
  { canonical: 'Bernama', names: ['Bernama'] },
  { canonical: 'Bloomberg', names: ['Bloomberg'] },
];

/** Words a credit list may hold besides agency names ("Staff and agencies", "With agencies"). */
export const GENERIC_CREDITS: readonly string[] = ['agencies', 'agency', 'wires', 'wire services', 'news agencies', 'staff', 'AP Photo'];

/**
 * Whole-line forms of an agency credit. Each captures the credit text; the line is chrome only when
 * every item of the captured list is an agency or a generic credit (see read-agencies.ts), except the
 * `loose` forms, which are chrome by their wording and merely may name agencies.
 */
export interface CreditForm {
  readonly name: string;
  readonly pattern: RegExp;
  readonly loose?: boolean;
  readonly maxWords?: number;
}

export const CREDIT_FORMS: readonly CreditForm[] = [
  // DW: "nm,dj,ls,jsi,mmc/sms (AP, AFP, dpa, Reuters)", "ls/stb (AP, Reuters)"; also a bare "(AFP)"
  { name: 'agency-signoff', pattern: /^(?:[a-z]{1,5}(?: ?[,/&] ?[a-z]{1,5}){0,12} ?)?\(([^()]{2,120})\)\.?$/ },
  // "— Reuters", "-- AP", "– AFP/dpa"
  { name: 'agency-signoff', pattern: /^[—–-]{1,2} ?(.{2,80})$/ },
  // "Source: AFP, Reuters", "With agencies", "Agencies"
  { name: 'agency-signoff', pattern: /^(?:(?:Sources?|Via|With|Credit|Text) ?:? )?(.{2,80}?)\.?$/, maxWords: 8 },
  // "- additional reporting by AFP", "With additional reporting from Reuters"
  { name: 'reporting-credit', pattern: /^[—–-]{0,2} ?(?:With )?additional reporting (?:by|from) (.{2,200})$/i, loose: true, maxWords: 40 },
  // Reuters footer "Reporting by Ahmed Rasheed; Editing by Jon Boyle"
  { name: 'reporting-credit', pattern: /^((?:Reporting|Writing|Compiled) by .{2,120}[;,] ?(?:Additional reporting|Editing|Writing|Reporting) by .{2,160})$/, loose: true, maxWords: 50 },
  // Al Jazeera: "Source: Al Jazeera and news agencies"
  { name: 'source-credit', pattern: /^(?:SOURCE|Source|Sources)\s?: ?([^.!?]{2,80})$/, loose: true, maxWords: 10 },
  // "The Associated Press contributed to this report."
  { name: 'reporting-credit', pattern: /^([A-Z][\w.'’ ,&-]{1,80}) contributed (?:to )?(?:this )?(?:report|story|reporting|article)\b.{0,80}$/, loose: true, maxWords: 25 },
];

/** A dateline that credits a wire without being chrome: "WASHINGTON (AP) — The Pentagon …". */
export const DATELINE_CREDIT = /^[A-Z][A-Za-z.'’ ,/-]{1,50} ?\(([^()]{2,40})\) ?[-–—]{1,2} /;

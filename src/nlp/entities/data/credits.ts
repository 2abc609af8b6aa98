/**
 * Page chrome and photo credits: names inside a span matched by one of these patterns become no entity.
 * Each pattern matches the whole credit (the caption text before a glued `Image:` stays). `needs`: literal
 * strings of which one must occur in the text for the pattern to be tried (a cheap indexOf first).
 * Developed on the five seed documents and a look at the news-sample; test cases are invented.
 */
export interface CreditPattern {
  readonly pattern: RegExp;
  readonly needs: readonly string[];
}

export const CREDIT_PATTERNS: readonly CreditPattern[] = [
  // `Image: Reuters/WANA/N. Name`, also glued to the end of a caption; `Image copyright Name/Agency`.
  { pattern: /Image(?:\s*copyright|\s*source|\s*credit)?\s*:[^\n]*/g, needs: ['Image'] },
  { pattern: /\bImage copyright\b[^\n]*/g, needs: ['Image copyright'] },
  { pattern: /\b(?:Photo|PHOTO|photo)(?:graph)?s?(?:\s*[Cc]redit)?\s*:[^\n]*/g, needs: ['hoto', 'HOTO'] },
  { pattern: /\(\s*(?:Photo|Picture|Image|Photograph)s?\b[^()\n]*\)/g, needs: ['(Photo', '(Picture', '(Image', '( Photo'] },
  { pattern: /\b(?:Photo|Photograph|Picture) by [^\n]*/g, needs: ['Photo by', 'Photograph by', 'Picture by'] },
  { pattern: /\([^()\n]{0,80}?\bvia Getty Images\s*\)/g, needs: ['via Getty'] }, // (Name/AFP via Getty Images)
  { pattern: /\bGetty Images\b/g, needs: ['Getty Images'] },
  { pattern: /\[\s*Getty(?: Images)?\s*\]/g, needs: ['Getty]', 'Getty Images]'] },
  // `AFP/Name Surname`, `AP Photo/Name`: an agency, a slash, a credited name.
  {
    pattern: /\b(?:AFP|AP|Reuters|EPA|dpa|Anadolu|Xinhua|Shutterstock|Alamy|AP Photo)(?:\s*\/\s*[^\s/,;)\n]+(?: [A-Z][^\s/,;)\n]*)*)+/g,
    needs: ['AFP/', 'AP/', 'Reuters/', 'EPA/', 'dpa/', 'Anadolu/', 'Xinhua/', 'Shutterstock/', 'Alamy/', 'AP Photo/', 'AFP /', 'Reuters /'],
  },
  { pattern: /\bCredit\s*:[^\n]*/g, needs: ['Credit'] },
  { pattern: /©[^\n]*/g, needs: ['©'] },
  { pattern: /\bCopyright\s+(?:©\s*)?\d{4}[^\n]*/g, needs: ['Copyright'] },
  { pattern: /\bpicture-alliance\b[^\n]*/g, needs: ['picture-alliance'] },
  // DW-style closing line of editor initials and agencies: `ls/stb (AP, Reuters)`.
  { pattern: /^[a-z]{1,4}(?:[,/][a-z]{1,4})*[ \t]*\([A-Za-z]{2,8}(?:[ \t]*,[ \t]*[A-Za-z]{2,8})*\)[ \t]*$/gm, needs: ['(AP', '(AFP', '(Reuters', '(dpa', '(KNA', '(epd', '(Xinhua'] },
  { pattern: /^[ \t]*[-–—]?[ \t]*(?:[Ww]ith[ \t]+)?[Aa]dditional reporting by\b[^\n]*/gm, needs: ['dditional reporting'] },
  { pattern: /^[ \t]*(?:Reporting|Writing|Editing) by\b[^\n]*/gm, needs: ['Reporting by', 'Writing by', 'Editing by'] },
  { pattern: /\((?:AP|AFP|Reuters|dpa)\)[ \t]*(?=[-–—])/g, needs: ['(AP)', '(AFP)', '(Reuters)', '(dpa)'] }, // `TEHRAN (Reuters) -`
];

export { joinParagraphs, PARAGRAPH_SEPARATOR } from './join-paragraphs.ts';
export type { JoinedParagraphs } from './join-paragraphs.ts';
export { tokenize, ABBREVIATIONS } from './tokenize.ts';
export { splitSentences } from './sentences.ts';
export { sentenceTokenRanges, spanIndexByToken } from './token-ranges.ts';
export { isAsciiWithoutCapitals, lowerCaseTokens, lowerWord } from './lower-case.ts';

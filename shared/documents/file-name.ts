/*
 * Suggested file names of documents (issue 17, point 8): «territory — short title — document —
 * date», each part cut at a word boundary, and no part that repeats another (a plan title that
 * already says «план» is not followed by «план» again; a title the document name holds is left out).
 */
import { formatDate } from '../format';
import { safeFileName } from './model';

export interface FileNameParts {
  territory?: string;
  /** The record's own title (plan, study, group); shortened to a few words. */
  title?: string;
  /** What the document is, in the document language: «план», «протокол № 3», «состав». */
  document: string;
  /** `YYYY-MM-DD`: approval, meeting or "as of" date; printed as dd.mm.yyyy. */
  date?: string;
}

/** Longest title part, in characters. */
export const TITLE_CHARS = 60;
/** Longest whole name (without extension), in characters: well within every file system. */
export const NAME_CHARS = 140;

const words = (text: string) =>
  text
    .toLocaleLowerCase('ru')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** `text` cut to at most `max` characters at a word boundary, without a dangling short word. */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1).split(' ');
  cut.pop(); // the word the limit fell in (or the space after the last whole word)
  while (cut.length > 1 && (cut.at(-1)!.length <= 2 || /^[-–—,;:]$/.test(cut.at(-1)!))) cut.pop();
  const joined = cut.join(' ').replace(/[\s,;:–—-]+$/, '');
  return joined || clean.slice(0, max);
}

/** True when every word of `part` is already said in `whole`. */
function saidIn(part: string, whole: string): boolean {
  const have = new Set(words(whole));
  const need = words(part);
  return need.length > 0 && need.every((word) => have.has(word));
}

/** The suggested file name (no extension) of a document. */
export function documentFileName({ territory, title, document, date }: FileNameParts): string {
  const shortTitle = title ? cutAtWord(title, TITLE_CHARS) : '';
  const parts: string[] = [];
  if (territory?.trim() && !(shortTitle && saidIn(territory, shortTitle)))
    parts.push(cutAtWord(territory, 40));
  const titled = Boolean(shortTitle) && !saidIn(shortTitle, document);
  if (titled) parts.push(shortTitle);
  // The document's name unless the title already says it (a version mark is kept).
  const kind = document.trim();
  const kindWords = kind.replace(/\s+v\d+$/, '');
  if (kind && !(titled && saidIn(kindWords, shortTitle))) parts.push(kind);
  else if (kind !== kindWords) parts.push(kind.slice(kindWords.length).trim());
  if (date) parts.push(formatDate(date));
  return safeFileName(cutAtWord(parts.join(' — '), NAME_CHARS));
}

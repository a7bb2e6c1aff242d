/*
 * The printable document model (architecture A9): a row model in shared/ turns records and a
 * document language into this plain structure; the renderer draws it as an HTML print route and
 * the docx writer turns the SAME structure into a Word file, so paper and Word never disagree.
 */

import type { ChartModel } from '../domain/priorities/charts';
import type { DocumentLanguage } from '../languages';
import type { MissingText } from './texts';

/**
 * Follows a text printed in another language than the document's (A11): drawn as a superscript
 * «*» on paper and in Word, and explained once in the document's footnote.
 */
export const FALLBACK_MARK = '\ue000';

/** A text without fallback marks (window titles, file names). */
export function withoutMarks(text: string): string {
  return text.split(FALLBACK_MARK).join('');
}

export type PageOrientation = 'portrait' | 'landscape';
export type Align = 'left' | 'center' | 'right';

/** One column of a table block: header text, relative width (any unit; widths are proportions). */
export interface DocumentColumn {
  header: string;
  width: number;
  align?: Align;
  /** Cells that never wrap (amounts, dates, quarters, phone numbers). */
  nowrap?: boolean;
  /** How strongly a text column claims the room left (default 1): the activity more than others. */
  grow?: number;
}

/** A table cell: its text, or a text spanning several columns (an objective's row). */
export type DocumentCell = string | { text: string; span: number; bold?: boolean };

/** The text of a cell. */
export function cellText(cell: DocumentCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** A run of text inside a paragraph; `bold` for labels such as «СЛУШАЛИ:». */
export interface TextRun {
  text: string;
  bold?: boolean;
}

export type DocumentBlock =
  /** A title line; level 1 is the document title, 2 a section heading. */
  | { kind: 'heading'; text: string; level: 1 | 2; align?: Align }
  /** A paragraph of runs; `indent` sets the whole paragraph in (numbered lists, decisions). */
  | { kind: 'paragraph'; runs: TextRun[]; align?: Align; indent?: boolean; small?: boolean }
  /** Two texts on one line, pushed to the edges (place left, date right). */
  | { kind: 'split'; left: string; right: string }
  /** A table whose header repeats on every page and whose rows never break across pages. */
  | {
      kind: 'table';
      columns: DocumentColumn[];
      rows: DocumentCell[][];
      testId?: string;
      /** Tall rows (bilingual plans) may continue on the next page rather than leave a gap. */
      rowsMayBreak?: boolean;
    }
  /**
   * Signature lines: position on the left, a line to sign, the name on the right. They stay on
   * one page with the block before them (`keepWith`), never alone on the last page.
   */
  | { kind: 'signatures'; lines: { role: string; name: string }[] }
  /** A block of lines set at the right edge (approval stamp, "Annex to order №"). */
  | { kind: 'corner'; lines: string[] }
  /** Vertical space. */
  | { kind: 'spacer' }
  /**
   * Horizontal bars in the text's own type (progress per priority for residents): each row its
   * label, the bar's length as a share 0..1 and the figure written beside it; Word gets a table.
   */
  | {
      kind: 'bars';
      title: string;
      rows: { label: string; share: number; text: string }[];
      testId?: string;
    }
  /** A chart at a fixed size, not animated; Word gets the table of its numbers instead. */
  | { kind: 'chart'; chart: ChartModel; width: number; height: number };

/** A whole printable document, ready to draw or to write as .docx. */
export interface DocumentModel {
  /** Shown in the window title and used for the suggested file name. */
  title: string;
  /** Suggested file name without extension (no folders, no forbidden characters). */
  fileName: string;
  orientation: PageOrientation;
  blocks: DocumentBlock[];
  /** Large type (a summary for residents); default the office size. */
  large?: boolean;
  /**
   * Why the document may not be printed or saved yet, with the items to fix (a donor report with
   * an unexplained variance): the preview shows it, and Print, PDF and Word are refused.
   */
  refusal?: { message: string; items: string[] };
  /** The document language: `lang` attributes, so the browser hyphenates by language. */
  lang?: DocumentLanguage;
  /** What the preview tells the clerk before printing (never printed). */
  preview?: DocumentPreview;
}

/** Things to put right before printing: texts lacking the document's language, missing people. */
export interface DocumentPreview {
  missing: MissingText[];
  /** Keys of `documents:preview.warnings.*`: e.g. `noChair`, `noSecretary`. */
  warnings: string[];
}

/** A bare file name from any title: forbidden characters replaced, at most 120 characters. */
export function safeFileName(title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  return cleaned || 'document';
}

/** A paragraph made of one plain text. */
export function paragraph(
  text: string,
  options: { bold?: boolean; align?: Align; indent?: boolean; small?: boolean } = {},
): DocumentBlock {
  return {
    kind: 'paragraph',
    runs: [{ text, bold: options.bold }],
    align: options.align,
    indent: options.indent,
    ...(options.small ? { small: true } : {}),
  };
}

/*
 * The printable document model (architecture A9): a row model in shared/ turns records and a
 * document language into this plain structure; the renderer draws it as an HTML print route and
 * the docx writer turns the SAME structure into a Word file, so paper and Word never disagree.
 */

import type { ChartModel } from '../domain/priorities/charts';

export type PageOrientation = 'portrait' | 'landscape';
export type Align = 'left' | 'center' | 'right';

/** One column of a table block: header text, relative width (any unit; widths are proportions). */
export interface DocumentColumn {
  header: string;
  width: number;
  align?: Align;
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
  | { kind: 'paragraph'; runs: TextRun[]; align?: Align; indent?: boolean }
  /** Two texts on one line, pushed to the edges (place left, date right). */
  | { kind: 'split'; left: string; right: string }
  /** A table whose header repeats on every page and whose rows never break across pages. */
  | { kind: 'table'; columns: DocumentColumn[]; rows: string[][]; testId?: string }
  /** Signature lines: position on the left, a line to sign, the name on the right. */
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
  options: { bold?: boolean; align?: Align; indent?: boolean } = {},
): DocumentBlock {
  return {
    kind: 'paragraph',
    runs: [{ text, bold: options.bold }],
    align: options.align,
    indent: options.indent,
  };
}

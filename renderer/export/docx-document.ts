/*
 * Writes a DocumentModel as a Word file (architecture A9): the same blocks the print route draws,
 * so the office can finish minutes and plans on its letterhead. Loaded on demand (the `docx`
 * package stays out of the entry chunk): `const { documentToDocx } = await import('../export/docx-document')`.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { fitColumns } from '../../shared/documents/columns';
import { formatLanguage } from '../../shared/documents/labels';
import {
  cellText,
  FALLBACK_MARK,
  type Align,
  type DocumentBlock,
  type DocumentCell,
  type DocumentModel,
} from '../../shared/documents/model';
import type { ChartModel } from '../../shared/domain/priorities/charts';
import { formatNumber } from '../../shared/format';
import type { Language } from '../../shared/languages';
import type { DocxFontFaces } from './docx-fonts';

/** The font of screen and paper (A9): the Word file looks like the PDF. */
const FONT = 'PT Sans';

/**
 * Characters PT Sans lacks (it has «» – — № … and the Kyrgyz letters), replaced by ones it holds,
 * so Word shows no substitute font (PDF and Word read the same).
 */
const REPLACEMENTS: Record<string, string> = { '→': '–', '⇒': '–', '←': '–', '✓': '+' };

function printable(text: string): string {
  return text.replace(/[→⇒←✓]/g, (c) => REPLACEMENTS[c] ?? c);
}
const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = { top: 850, right: 680, bottom: 1020, left: 1134 }; // 15, 12, 18, 20 mm

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function align(value: Align | undefined) {
  return ALIGN[value ?? 'left'];
}

/**
 * Multi-line text as runs with breaks, since Word ignores '\n' inside a run; a fallback mark
 * becomes a superscript «*», as on paper.
 */
function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return printable(text)
    .split('\n')
    .flatMap((line, index) =>
      line.split(FALLBACK_MARK).flatMap((part, partIndex) => [
        ...(partIndex > 0
          ? [new TextRun({ text: '*', superScript: true, size: options.size, font: FONT })]
          : []),
        new TextRun({
          text: part,
          bold: options.bold,
          size: options.size,
          font: FONT,
          break: index > 0 && partIndex === 0 ? 1 : undefined,
        }),
      ]),
    );
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

/**
 * Type size of tables (half-points), as on paper (document.css): 10 pt on portrait pages, 9 pt on
 * landscape ones; a point smaller when each cell says everything twice (ky+ru), so that a ky+ru
 * page holds what the print's page holds (the residents' one-page summary).
 */
function tableSize(contentWidth: number, bilingual = false): number {
  return (contentWidth > 12000 ? 18 : 20) - (bilingual ? 2 : 0);
}

/** Twips added to each column that must not wrap (see table()). */
const NOWRAP_EXTRA = 70;

/** Twips one character of table text takes at 10 pt (LINE_CHARS.portrait across a portrait page). */
const TWIPS_PER_CHAR_10PT = 101;
/** The smallest type a table of a chart's numbers is set in, so its headers break at spaces. */
const SMALL_TABLE_SIZE = 16; // 8 pt

function table(
  block: Extract<DocumentBlock, { kind: 'table' }>,
  contentWidth: number,
  size = tableSize(contentWidth),
): Table {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  // Columns that must not wrap (years, amounts, numbers) get a little more than their share: Word's
  // cell margins are wider than the paper's padding, and «2026» must not become «202/6».
  const nowrap = block.columns.filter((column) => column.nowrap).length;
  const room = contentWidth - NOWRAP_EXTRA * nowrap;
  const widths = block.columns.map((column) =>
    Math.round((column.width / total) * room + (column.nowrap ? NOWRAP_EXTRA : 0)),
  );
  const cell = (value: DocumentCell, index: number, header: boolean) => {
    const span = typeof value === 'string' ? 1 : value.span;
    const width = widths.slice(index, index + span).reduce((sum, w) => sum + w, 0);
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      borders,
      // Narrow padding (1 mm), as on paper: amounts keep to one line in their column.
      margins: { left: 57, right: 57, top: 28, bottom: 28 },
      shading: header || span >= block.columns.length ? { fill: 'F1F3F5' } : undefined,
      children: [
        new Paragraph({
          alignment:
            header && span === 1
              ? AlignmentType.CENTER
              : align(span > 1 ? 'left' : block.columns[index]?.align),
          children: runs(cellText(value), {
            bold: header || (typeof value !== 'string' && value.bold),
            size,
          }),
        }),
      ],
    });
  };
  // A cell spanning columns moves the next cell's column on.
  const rowCells = (row: DocumentCell[]) => {
    let column = 0;
    return row.map((value) => {
      const made = cell(value, column, false);
      column += typeof value === 'string' ? 1 : value.span;
      return made;
    });
  };
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      // A table without headers (a bars block's labels and figures) starts with its first row.
      ...(block.columns.some((column) => column.header)
        ? [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: block.columns.map((column, i) => cell(column.header, i, true)),
            }),
          ]
        : []),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: !block.rowsMayBreak, children: rowCells(row) }),
      ),
    ],
  });
}

/**
 * The gap after a table: 6 pt, as on paper (an empty paragraph at the text size took a line of
 * 11 pt after every table, which pushed the residents' one-page summary onto a second page).
 */
const gapAfterTable = () =>
  new Paragraph({ spacing: { line: 120, lineRule: LineRuleType.EXACT }, children: [] });

function blockToDocx(
  block: DocumentBlock,
  contentWidth: number,
  lang: Language,
  keepNext = false,
  bilingual = false,
): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          alignment: align(block.align ?? 'center'),
          spacing: { before: block.level === 1 ? 120 : 200, after: 80 },
          keepNext: true,
          children: runs(block.text, { bold: true, size: block.level === 1 ? 28 : 24 }),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: align(block.align),
          indent: block.indent ? { left: 709 } : undefined,
          spacing: { after: 60, before: block.small ? 200 : undefined },
          keepNext: keepNext || undefined,
          children: block.runs.flatMap((run) =>
            runs(run.text, { bold: run.bold, size: block.small ? 17 : 22 }),
          ),
        }),
      ];
    case 'split':
      return [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
          spacing: { before: 120, after: 120 },
          children: [...runs(block.left, { size: 22 }), ...runs(`\t${block.right}`, { size: 22 })],
        }),
      ];
    case 'corner':
      return block.lines.map(
        (line) =>
          new Paragraph({
            indent: { left: Math.round(contentWidth * 0.55) },
            children: runs(line, { size: 20 }),
          }),
      );
    case 'spacer':
      return [new Paragraph({ children: [] })];
    case 'signatures':
      return block.lines.map(
        (line, index) =>
          new Paragraph({
            spacing: { before: 360 },
            keepLines: true,
            keepNext: index < block.lines.length - 1 || undefined,
            tabStops: [
              { type: TabStopType.LEFT, position: Math.round(contentWidth * 0.45) },
              { type: TabStopType.RIGHT, position: contentWidth },
            ],
            children: [
              ...runs(line.role.replace(/\n/g, ' / '), { size: 22 }),
              new TextRun({ text: '\t____________________\t', font: FONT, size: 22 }),
              new TextRun({ text: line.name, font: FONT, size: 22 }),
            ],
          }),
      );
    case 'table':
      return [table(block, contentWidth, tableSize(contentWidth, bilingual)), gapAfterTable()];
    case 'bars':
      return [
        new Paragraph({ keepNext: true, children: runs(block.title, { bold: true }) }),
        table(
          {
            kind: 'table',
            columns: [
              { header: '', width: 4 },
              { header: '', width: 1, align: 'right' },
            ],
            rows: block.rows.map((row) => [row.label, row.text]),
          },
          contentWidth,
          tableSize(contentWidth, bilingual),
        ),
        gapAfterTable(),
      ];
    case 'chart':
      // Word gets the chart's numbers as a table (the same numbers the chart draws).
      return [
        new Paragraph({ keepNext: true, children: runs(block.chart.title, { bold: true }) }),
        chartTable(block.chart, lang, contentWidth),
        gapAfterTable(),
      ];
  }
}

/**
 * A chart's numbers as a Word table: in the table type size when every column fits at its longest
 * word, else a size smaller (down to 8 pt), so that a chart of eight criteria stays on the page
 * width with no header broken mid-word («Обеспокоенност/ь»).
 */
function chartTable(chart: ChartModel, lang: Language, contentWidth: number): Table {
  const normal = tableSize(contentWidth);
  for (let size = normal; size > SMALL_TABLE_SIZE; size -= 2) {
    const lineChars = Math.floor((contentWidth / TWIPS_PER_CHAR_10PT) * (20 / size));
    const block = chartAsTable(chart, lang, lineChars);
    if (block.columns.reduce((sum, c) => sum + c.width, 0) <= lineChars)
      return table(block, contentWidth, size);
  }
  const small = Math.floor((contentWidth / TWIPS_PER_CHAR_10PT) * (20 / SMALL_TABLE_SIZE));
  return table(chartAsTable(chart, lang, small), contentWidth, SMALL_TABLE_SIZE);
}

/** A chart's numbers as a table, in the document language's number format («18,8»). */
export function chartAsTable(
  chart: ChartModel,
  lang: Language,
  lineChars = 100,
): Extract<DocumentBlock, { kind: 'table' }> {
  const unit = chart.unit ? `, ${chart.unit}` : '';
  const columns = [
    { header: '', width: 1 },
    ...chart.series.map((s) => ({
      header: `${s.label}${unit}`,
      width: 1,
      align: 'right' as const,
      nowrap: true,
    })),
  ];
  const rows = chart.rows.map((row) => [
    row.category,
    ...chart.series.map((s) => {
      const value = row[s.key];
      return typeof value === 'number' ? formatNumber(value, lang, 1) : '—';
    }),
  ]);
  return { kind: 'table', columns: fitColumns(columns, rows, lineChars), rows };
}

/**
 * The .docx bytes of a document: A4 in its orientation, page numbers in the footer; with `fonts`
 * (docx-fonts.ts) PT Sans is embedded in the file (word/fonts/*.odttf, obfuscated with each
 * face's key), so Word shows it on a PC that does not have the font.
 */
export async function documentToDocx(
  model: DocumentModel,
  pageLabel: string,
  fonts?: DocxFontFaces,
): Promise<Uint8Array<ArrayBuffer>> {
  const landscape = model.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const contentWidth = pageWidth - MARGIN.left - MARGIN.right;
  const doc = new Document({
    title: model.title,
    // docx types the bytes as Node's Buffer; it only slices and copies them (a Uint8Array does).
    fonts: fonts
      ? [{ name: FONT, data: fonts.regular as Buffer, bold: fonts.bold as Buffer }]
      : undefined,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: MARGIN,
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [`${pageLabel} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                    font: FONT,
                    size: 18,
                  }),
                ],
              }),
            ],
          }),
        },
        children: model.blocks.flatMap((block, index) =>
          // The block before the signatures keeps with them (never signatures alone on a page).
          blockToDocx(
            block,
            contentWidth,
            formatLanguage(model.lang ?? 'ru'),
            model.blocks[index + 1]?.kind === 'signatures',
            model.lang === 'ky+ru',
          ),
        ),
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}

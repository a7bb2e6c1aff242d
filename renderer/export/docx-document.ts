/*
 * Writes a DocumentModel as a Word file (architecture A9): the same blocks the print route draws,
 * so the office can finish minutes and plans on its letterhead. Loaded on demand (the `docx`
 * package stays out of the entry chunk): `const { documentToDocx } = await import('../export/docx-document')`.
 */
import {
  AlignmentType,
  BorderStyle,
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
import type { Align, DocumentBlock, DocumentModel } from '../../shared/documents/model';
import type { ChartModel } from '../../shared/domain/priorities/charts';

const FONT = 'Times New Roman';
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

/** Multi-line text as runs with breaks, since Word ignores '\n' inside a run. */
function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: line,
        bold: options.bold,
        size: options.size,
        font: FONT,
        break: index > 0 ? 1 : undefined,
      }),
  );
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

function table(block: Extract<DocumentBlock, { kind: 'table' }>, contentWidth: number): Table {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const widths = block.columns.map((column) => Math.round((column.width / total) * contentWidth));
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      borders,
      shading: header ? { fill: 'F1F3F5' } : undefined,
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : align(block.columns[index]?.align),
          children: runs(text, { bold: header, size: 20 }),
        }),
      ],
    });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, i) => cell(column.header, i, true)),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }),
      ),
    ],
  });
}

function blockToDocx(block: DocumentBlock, contentWidth: number): FileChild[] {
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
          spacing: { after: 60 },
          children: block.runs.flatMap((run) => runs(run.text, { bold: run.bold, size: 22 })),
        }),
      ];
    case 'split':
      return [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
          spacing: { before: 120, after: 120 },
          children: [
            new TextRun({ text: block.left, font: FONT, size: 22 }),
            new TextRun({ text: `\t${block.right}`, font: FONT, size: 22 }),
          ],
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
        (line) =>
          new Paragraph({
            spacing: { before: 360 },
            keepLines: true,
            tabStops: [
              { type: TabStopType.LEFT, position: Math.round(contentWidth * 0.45) },
              { type: TabStopType.RIGHT, position: contentWidth },
            ],
            children: [
              new TextRun({ text: line.role, font: FONT, size: 22 }),
              new TextRun({ text: '\t____________________\t', font: FONT, size: 22 }),
              new TextRun({ text: line.name, font: FONT, size: 22 }),
            ],
          }),
      );
    case 'table':
      return [table(block, contentWidth), new Paragraph({ children: [] })];
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
        ),
        new Paragraph({ children: [] }),
      ];
    case 'chart':
      // Word gets the chart's numbers as a table (the same numbers the chart draws).
      return [
        new Paragraph({ children: runs(block.chart.title, { bold: true }) }),
        table(chartAsTable(block.chart), contentWidth),
        new Paragraph({ children: [] }),
      ];
  }
}

function chartAsTable(chart: ChartModel): Extract<DocumentBlock, { kind: 'table' }> {
  return {
    kind: 'table',
    columns: [
      { header: '', width: 3 },
      ...chart.series.map((s) => ({ header: s.label, width: 1, align: 'right' as const })),
    ],
    rows: chart.rows.map((row) => [
      row.category,
      ...chart.series.map((s) => {
        const value = row[s.key];
        return typeof value === 'number' ? String(value) : '—';
      }),
    ]),
  };
}

/** The .docx bytes of a document: A4 in its orientation, page numbers in the footer. */
export async function documentToDocx(
  model: DocumentModel,
  pageLabel: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const landscape = model.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const contentWidth = pageWidth - MARGIN.left - MARGIN.right;
  const doc = new Document({
    title: model.title,
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
        children: model.blocks.flatMap((block) => blockToDocx(block, contentWidth)),
      },
    ],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}

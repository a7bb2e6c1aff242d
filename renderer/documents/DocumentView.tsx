import { Fragment, lazy, Suspense } from 'react';
import {
  FALLBACK_MARK,
  type DocumentBlock,
  type DocumentCell,
  type DocumentModel,
} from '../../shared/documents/model';

// Recharts loads only for documents that hold a chart.
const DocumentChart = lazy(() => import('./DocumentChart'));

function alignClass(align: string | undefined): string {
  return align && align !== 'left' ? `align-${align}` : '';
}

/** A text with its fallback marks drawn as a superscript «*» (explained in the footnote). */
function Marked({ text }: { text: string }) {
  if (!text.includes(FALLBACK_MARK)) return <>{text}</>;
  const parts = text.split(FALLBACK_MARK);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && <sup className="doc-mark">*</sup>}
        </Fragment>
      ))}
    </>
  );
}

function Cell({ cell, className, band }: { cell: DocumentCell; className: string; band: boolean }) {
  if (typeof cell === 'string')
    return (
      <td className={className || undefined}>
        <Marked text={cell} />
      </td>
    );
  return (
    <td
      colSpan={cell.span}
      className={
        [className, cell.bold ? 'bold' : '', band ? 'band' : ''].join(' ').trim() || undefined
      }
    >
      <Marked text={cell.text} />
    </td>
  );
}

function isBand(row: DocumentCell[], columns: number): boolean {
  const first = row[0];
  return (
    row.length === 1 && typeof first !== 'string' && first !== undefined && first.span >= columns
  );
}

function cellClass(column: { align?: string; nowrap?: boolean } | undefined): string {
  return [alignClass(column?.align), column?.nowrap ? 'nowrap' : ''].join(' ').trim();
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = block.level === 1 ? 'h1' : 'h2';
      return (
        <Tag className={alignClass(block.align ?? 'center')}>
          <Marked text={block.text} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p
          className={
            [alignClass(block.align), block.indent ? 'indent' : '', block.small ? 'small' : '']
              .join(' ')
              .trim() || undefined
          }
        >
          {block.runs.map((run, index) =>
            run.bold ? (
              <strong key={index}>
                <Marked text={run.text} />
              </strong>
            ) : (
              <span key={index}>
                <Marked text={run.text} />
              </span>
            ),
          )}
        </p>
      );
    case 'split':
      return (
        <div className="doc-split">
          <span>
            <Marked text={block.left} />
          </span>
          <span>{block.right}</span>
        </div>
      );
    case 'corner':
      return (
        <div className="doc-corner">
          {block.lines.map((line, index) => (
            <p key={index}>
              <Marked text={line} />
            </p>
          ))}
        </div>
      );
    case 'spacer':
      return <div className="doc-spacer" />;
    case 'chart':
      return (
        <Suspense fallback={<div style={{ height: block.height }} />}>
          <DocumentChart chart={block.chart} width={block.width} height={block.height} />
        </Suspense>
      );
    case 'bars':
      return (
        <figure className="doc-bars" data-testid={block.testId}>
          <figcaption>{block.title}</figcaption>
          {block.rows.map((row, index) => (
            <div className="doc-bar" key={index}>
              <span className="label">{row.label}</span>
              <span className="track">
                <span
                  className="fill"
                  style={{ width: `${(Math.min(1, Math.max(0, row.share)) * 100).toFixed(1)}%` }}
                />
              </span>
              <span className="value">{row.text}</span>
            </div>
          ))}
        </figure>
      );
    case 'signatures':
      return (
        <div className="doc-signatures">
          {block.lines.map((line, index) => (
            <div className="doc-signature" key={index}>
              <span>
                <Marked text={line.role} />
              </span>
              <span className="line" />
              <span className="name">{line.name}</span>
            </div>
          ))}
        </div>
      );
    case 'table': {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
      return (
        <table
          className={block.rowsMayBreak ? 'doc-table rows-may-break' : 'doc-table'}
          data-testid={block.testId}
        >
          <colgroup>
            {block.columns.map((column, index) => (
              <col key={index} style={{ width: `${((column.width / total) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((column, index) => (
                <th key={index}>{column.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              // A row across the whole table (a priority) stays with the row after it.
              <tr
                key={rowIndex}
                className={isBand(row, block.columns.length) ? 'band-row' : undefined}
              >
                {row.map((cell, cellIndex) => {
                  // A spanning cell shifts the columns of the cells after it.
                  const column = row
                    .slice(0, cellIndex)
                    .reduce<number>((at, c) => at + (typeof c === 'string' ? 1 : c.span), 0);
                  const className =
                    typeof cell === 'string' ? cellClass(block.columns[column]) : '';
                  return (
                    <Cell
                      key={cellIndex}
                      cell={cell}
                      className={className}
                      band={isBand(row, block.columns.length)}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/** The blocks, with signature lines held together with the block before them. */
function groups(blocks: DocumentBlock[]): DocumentBlock[][] {
  const out: DocumentBlock[][] = [];
  blocks.forEach((block, index) => {
    if (blocks[index + 1]?.kind === 'signatures') out.push([block]);
    else if (block.kind === 'signatures' && out.length) out.at(-1)!.push(block);
    else out.push([block]);
  });
  return out;
}

/** Draws a DocumentModel as one sheet; the browser paginates it by the document's @page. */
export function DocumentView({ model }: { model: DocumentModel }) {
  return (
    <article
      className={`doc-sheet ${model.orientation}${model.large ? ' large' : ''}`}
      data-testid="document-sheet"
      data-lang={model.lang}
      // Kyrgyz first in ky+ru: the browser hyphenates by this language where a word must break.
      lang={model.lang === 'ky+ru' ? 'ky' : model.lang}
    >
      {groups(model.blocks).map((group, index) =>
        group.length === 1 ? (
          <Block key={index} block={group[0]!} />
        ) : (
          <div className="doc-keep" key={index}>
            {group.map((block, inner) => (
              <Block key={inner} block={block} />
            ))}
          </div>
        ),
      )}
    </article>
  );
}

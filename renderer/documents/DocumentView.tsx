import { lazy, Suspense } from 'react';
import type { DocumentBlock, DocumentModel } from '../../shared/documents/model';

// Recharts loads only for documents that hold a chart.
const DocumentChart = lazy(() => import('./DocumentChart'));

function alignClass(align: string | undefined): string {
  return align && align !== 'left' ? `align-${align}` : '';
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = block.level === 1 ? 'h1' : 'h2';
      return <Tag className={alignClass(block.align ?? 'center')}>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p
          className={
            [alignClass(block.align), block.indent ? 'indent' : ''].join(' ').trim() || undefined
          }
        >
          {block.runs.map((run, index) =>
            run.bold ? (
              <strong key={index}>{run.text}</strong>
            ) : (
              <span key={index}>{run.text}</span>
            ),
          )}
        </p>
      );
    case 'split':
      return (
        <div className="doc-split">
          <span>{block.left}</span>
          <span>{block.right}</span>
        </div>
      );
    case 'corner':
      return (
        <div className="doc-corner">
          {block.lines.map((line, index) => (
            <p key={index}>{line}</p>
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
              <span>{line.role}</span>
              <span className="line" />
              <span className="name">{line.name}</span>
            </div>
          ))}
        </div>
      );
    case 'table': {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
      return (
        <table className="doc-table" data-testid={block.testId}>
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
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex} className={alignClass(block.columns[cellIndex]?.align)}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/** Draws a DocumentModel as one sheet; the browser paginates it by the document's @page. */
export function DocumentView({ model }: { model: DocumentModel }) {
  return (
    <article
      className={`doc-sheet ${model.orientation}${model.large ? ' large' : ''}`}
      data-testid="document-sheet"
    >
      {model.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </article>
  );
}

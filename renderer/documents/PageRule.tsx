import type { PageOrientation } from '../../shared/documents/model';

interface Props {
  orientation: PageOrientation;
  /** Word before the page number in the bottom margin, in the document language. */
  pageLabel: string;
}

function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Declares the document's own page (architecture A9): A4 portrait or landscape, margins of an
 * office letter, and the page number in the bottom margin box. PDF output honours it
 * (`preferCSSPageSize`), so the size comes from here and nowhere else.
 */
export function PageRule({ orientation, pageLabel }: Props) {
  const rule = `@page {
  size: A4 ${orientation};
  margin: 15mm 12mm 18mm 20mm;
  @bottom-right {
    content: ${cssString(pageLabel)} " " counter(page) " / " counter(pages);
    font-family: 'PT Sans', sans-serif;
    font-size: 9pt;
    color: #444;
  }
}`;
  return <style data-testid="page-rule">{rule}</style>;
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { docxToPdf } from '../fixtures/writer';
import { ARTIFACTS } from './browser';

/** Prints the page to PDF with the document's own @page size, as the app's Save as PDF does. */
export async function printPdf(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return path;
}

/** The text of a PDF, laid out (poppler's pdftotext). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Fonts embedded in a PDF (poppler's pdffonts). */
export function pdfFonts(path: string): string {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}

/** Page size in points and page count (poppler's pdfinfo). */
export function pdfInfo(path: string): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  return { width: Number(size?.[1]), height: Number(size?.[2]), pages: Number(pages?.[1]) };
}

/** Renders PDF pages to PNG under test-results/ for a person to look at. */
export function pdfPngs(path: string, prefix: string, resolution = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), path, resolve(ARTIFACTS, prefix)]);
}

/**
 * Saves the open document as Word (the toolbar's button) and sets it in LibreOffice Writer, which
 * has no PT Sans installed: the PDF's path, the download's file name and the fonts of its pages
 * (each `name emb` from pdffonts). PNG pages land beside the browser's.
 */
export async function wordPdf(
  page: Page,
  name: string,
  resolution = 60,
): Promise<{ path: string; fileName: string; fonts: string[] }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('document-word').click(),
  ]);
  const path = docxToPdf(readFileSync((await download.path())!), name);
  pdfPngs(path, name, resolution);
  const fonts = pdfFonts(path)
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cells = line.split(/\s+/);
      return `${cells[0]!.replace(/^[A-Z]{6}\+/, '')} ${cells.at(-5)}`;
    });
  return { path, fileName: download.suggestedFilename(), fonts };
}

/** Every font of a Word file's pages is the embedded PT Sans (no glyph fell to another font). */
export function onlyEmbeddedPtSans(fonts: string[]): boolean {
  return fonts.length > 0 && fonts.every((font) => /^PTSans-\w+ yes$/.test(font));
}

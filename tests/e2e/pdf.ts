import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
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

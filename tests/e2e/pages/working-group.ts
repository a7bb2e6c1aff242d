import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../browser';

/** Page object of the working-group section and its documents. */
export class WorkingGroupPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-workingGroup').click();
    await this.page.getByTestId('working-group').waitFor();
  }

  async tab(name: 'group' | 'members' | 'meetings' | 'decisions') {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  async choose(testId: string, option: string) {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async addMember(m: {
    name: string;
    position: string;
    organisation: string;
    type: string;
    email?: string;
  }) {
    await this.page.getByTestId('member-add').click();
    await this.page.getByTestId('member-name').fill(m.name);
    await this.page.getByTestId('member-position-ru').fill(m.position);
    await this.page.getByTestId('member-organisation-ru').fill(m.organisation);
    await this.choose('member-org-type', m.type);
    if (m.email) await this.page.getByTestId('member-email').fill(m.email);
    await this.page.getByTestId('member-save').click();
    await this.page.getByTestId('member-save').waitFor({ state: 'detached' });
  }
}

/** Prints the current page to PDF with the document's own @page (preferCSSPageSize). */
export async function savePdf(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return path;
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

export function pdfPageSize(path: string): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return {
    width: Number(size?.[1]),
    height: Number(size?.[2]),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
  };
}

export function pdfPngs(path: string, prefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', path, resolve(ARTIFACTS, prefix)]);
}

/** The text of a .docx (word/document.xml without tags; paragraphs on their own lines). */
export function docxText(path: string): string {
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

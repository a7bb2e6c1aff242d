/*
 * The LibreOffice recalculation tests (budget-workbook.test.ts) fail rather than skip on CI when
 * LibreOffice is missing: they run whenever CI=true, and the conversion then throws.
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  findLibreOffice,
  recalculatedSheets,
  runLibreOfficeTests,
} from '../../tests/fixtures/libreoffice';

const PATH = process.env['PATH'];
afterEach(() => {
  process.env['PATH'] = PATH;
});

describe('when LibreOffice runs in tests', () => {
  it('finds soffice on PATH, and nothing on an empty PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koopsuz-path-'));
    symlinkSync('/bin/true', join(dir, 'soffice'));
    expect(findLibreOffice(dir)).toBe(join(dir, 'soffice'));
    expect(findLibreOffice('')).toBeNull();
  });

  it('runs on CI even without LibreOffice, and is skipped only off CI without it', () => {
    expect(runLibreOfficeTests({ CI: 'true', PATH: '' })).toBe(true);
    expect(runLibreOfficeTests({ PATH: '' })).toBe(false);
    expect(runLibreOfficeTests({ CI: 'false', PATH: '' })).toBe(false);
  });

  it('fails the conversion, saying what to install, when LibreOffice is missing', () => {
    process.env['PATH'] = '';
    expect(() => recalculatedSheets(new Uint8Array([1]))).toThrow(/libreoffice-calc-nogui/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Problem } from '../../schemas/study';
import {
  catalogueName,
  mergeCatalogue,
  newProblemCode,
  problemName,
  STANDARD_PROBLEMS,
} from './catalogue';

const at = '2026-01-01T00:00:00.000Z';
const row = (code: string, patch: Partial<Problem> = {}): Problem => ({
  id: crypto.randomUUID(),
  code,
  category: 'other',
  title: { ru: code },
  retired: false,
  standard: false,
  createdAt: at,
  updatedAt: at,
  ...patch,
});

describe('problem catalogue', () => {
  it('ships every standard problem with a unique code and all three languages', () => {
    const codes = STANDARD_PROBLEMS.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining([
        'child-abuse',
        'teen-suicide',
        'road-safety',
        'market-theft',
        'burglary',
        'domestic-violence',
        'juvenile-delinquency',
        'drugs-alcohol',
        'dark-streets',
        'fraud',
        'racketeering',
      ]),
    );
    for (const p of STANDARD_PROBLEMS) {
      expect(p.title.ru && p.title.ky && p.title.en, p.code).toBeTruthy();
      expect(p.code).toMatch(/^[a-z][a-z0-9-]+$/);
    }
  });

  it('lays renames and retirements over the standard list and appends own problems, codes unchanged', () => {
    const merged = mergeCatalogue([
      row('own-late', { createdAt: '2026-02-01T00:00:00.000Z' }),
      row('fraud', {
        title: { ru: 'Мошенничество с кредитами' },
        retired: true,
        standard: true,
        category: 'economic',
      }),
      row('own-early'),
    ]);
    expect(merged).toHaveLength(STANDARD_PROBLEMS.length + 2);
    const fraud = merged.find((p) => p.code === 'fraud')!;
    expect([fraud.title.ru, fraud.retired, fraud.standard]).toEqual([
      'Мошенничество с кредитами',
      true,
      true,
    ]);
    expect(merged.slice(-2).map((p) => p.code)).toEqual(['own-early', 'own-late']);
  });

  it('makes new codes from the English title and never reuses a taken one', () => {
    expect(newProblemCode({ en: 'Illegal parking!' }, new Set())).toBe('illegal-parking');
    expect(newProblemCode({ en: 'Illegal parking' }, new Set(['illegal-parking']))).toBe(
      'illegal-parking-2',
    );
    expect(newProblemCode({ ru: 'Парковка' }, new Set(['problem-2']))).toBe('problem-3');
  });
});

describe('problem names', () => {
  it("names a problem alike from the catalogue's list or its titles by code, with the clerk's rename", () => {
    const renamed = row('child-abuse', {
      standard: true,
      title: { ru: 'Насилие над детьми', ky: 'Балдарга карата зомбулук' },
    });
    const own = row('stray-dogs', { title: { ru: 'Бродячие собаки' } });
    const catalogue = mergeCatalogue([renamed, own]);
    const byCode = new Map(catalogue.map((p) => [p.code, p.title]));
    for (const titles of [catalogue, byCode]) {
      expect(problemName(titles, 'child-abuse', 'ky')).toBe('Балдарга карата зомбулук');
      expect(problemName(titles, 'child-abuse', 'ru')).toBe('Насилие над детьми');
      // No English typed: the Russian title, as pickText falls back.
      expect(problemName(titles, 'child-abuse', 'en')).toBe('Насилие над детьми');
      expect(problemName(titles, 'stray-dogs', 'ky')).toBe('Бродячие собаки');
      expect(problemName(titles, 'teen-suicide', 'ky')).toBe('Өспүрүмдөрдүн өз жанын кыюусу');
      // A code the catalogue does not know reads as itself, never as an empty cell.
      expect(problemName(titles, 'gone-problem', 'ky')).toBe('gone-problem');
    }
    for (const problem of catalogue)
      for (const lang of ['ru', 'ky', 'en'] as const)
        expect(catalogueName(problem, lang)).toBe(problemName(catalogue, problem.code, lang));
    expect(catalogueName({ code: 'blank', title: {} }, 'ky')).toBe('blank');
  });
});

/*
 * Every layout KoBoToolbox exports of one survey, written by our own XLSX writer
 * (tests/fixtures/kobo), is mapped with no manual step, with and without the survey's XLSForm:
 * the stored answers equal the ones computed from the generated submissions.
 */
import { describe, expect, it } from 'vitest';
import { STANDARD_PROBLEMS } from '../../../../shared/domain/study/catalogue';
import { convertRows, type ImportCatalogue } from '../../../../shared/domain/study/import/mapper';
import { proposeMapping } from '../../../../shared/domain/study/import/propose';
import { profileColumns } from '../../../../shared/domain/study/import/questions';
import { exportXlsx, layoutName, type Layout } from '../../../../tests/fixtures/kobo/kobo-export';
import {
  expectedAnswers,
  CHOICES,
  formSheets,
  PROBLEM_CODES,
  submissions,
} from '../../../../tests/fixtures/kobo/safety-form';
import { writeXlsx } from '../../../../tests/fixtures/kobo/xlsx-writer';
import { readTable } from './read-table';
import { readXlsForm } from './read-xlsform';

const LAYOUTS: Layout[] = (['xml', 'ru', 'ky'] as const).flatMap((lang) =>
  [true, false].flatMap((groups) =>
    (['both', 'summary', 'details'] as const).flatMap((multiple) =>
      [false, true].map((typed) => ({ lang, groups, multiple, typed })),
    ),
  ),
);
const SUBS = submissions(60);
const form = readXlsForm(writeXlsx(formSheets()));

/** Imports like a clerk accepting every proposal: add the proposed entries once, map again, convert. */
async function importLayout(layout: Layout, withForm: boolean) {
  const table = await readTable(exportXlsx(SUBS, layout));
  const profiles = profileColumns(table);
  const catalogue: ImportCatalogue = {
    problems: STANDARD_PROBLEMS.map((p) => ({ code: p.code, title: p.title })),
    places: [],
  };
  const first = proposeMapping(table.headers, profiles, catalogue, withForm ? form : undefined);
  first.newPlaces.forEach((p, i) =>
    catalogue.places.push({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      code: p.code,
      name: p.name,
    }),
  );
  first.newProblems.forEach((p, i) =>
    catalogue.problems.push({ code: `own-${i}`, title: p.title }),
  );
  const proposal = proposeMapping(table.headers, profiles, catalogue, withForm ? form : undefined);
  return {
    table,
    first,
    proposal,
    catalogue,
    result: convertRows(table, proposal.mapping, catalogue),
  };
}

const normalise = (answers: Record<string, unknown>) => ({
  ...answers,
  problems: [...(answers.problems as { code: string }[])].sort((a, b) =>
    a.code.localeCompare(b.code),
  ),
});

describe.each(LAYOUTS.map((l) => [layoutName(l), l] as const))('KoBo export %s', (_, layout) => {
  it.each([true, false])(
    'maps every role and stores the right answers (form given: %s)',
    async (withForm) => {
      const { first, proposal, catalogue, result, table } = await importLayout(layout, withForm);
      if (!withForm && layout.lang !== 'xml' && layout.multiple === 'summary') {
        // Labels joined by spaces cannot be split without the form: the column is still the
        // problems question, and every word it cannot place is reported, never silently lost.
        const col = table.headers.findIndex(
          (h) => h.includes('Какие проблемы') || h.includes('көйгөйлөр сизди'),
        );
        expect(proposal.mapping.columns[col]).toEqual({ field: 'problems' });
        expect(result.unknown.some((u) => u.column === table.headers[col])).toBe(true);
        return;
      }
      // One "add" confirmation: the three places and the one problem the catalogue lacks.
      expect(first.newPlaces).toHaveLength(3);
      expect(first.newProblems).toHaveLength(1);
      expect(proposal.newPlaces).toEqual([]);
      expect(proposal.newProblems).toEqual([]);
      // Each form place is the added entry with its code, or (labels without the form) its label.
      const placeIds: Record<string, string> = {};
      for (const [list, code, ru, ky] of CHOICES)
        if (list === 'mahalla')
          placeIds[code] = catalogue.places.find(
            (p) =>
              p.code === code || Object.values(p.name).includes(layout.lang === 'ky' ? ky : ru),
          )!.id;
      const codes = { ...PROBLEM_CODES, noise: 'own-0' };
      if (withForm)
        expect(catalogue.places[0]!.name).toEqual({ ru: 'Ж/м Ак-Өргө', ky: 'Ак-Өргө т/к' });
      const expected = SUBS.flatMap((s) => {
        const a = expectedAnswers(s, codes, placeIds);
        return a ? [a] : [];
      });
      expect(result.unknown).toEqual([]);
      expect(result.issues).toEqual([]);
      expect(result.skipped.map((s) => s.reason)).toEqual(
        SUBS.filter((s) => s.consent !== 'yes').map(() => 'consent'),
      );
      expect(result.rows.map((r) => normalise(r.answers as Record<string, unknown>))).toEqual(
        expected,
      );
      expect(result.rows.map((r) => r.externalId)).toEqual(
        SUBS.filter((s) => s.consent === 'yes').map((s) => s._uuid),
      );
      expect(result.rows[0]!.submittedAt?.slice(0, 16)).toBe(
        new Date(Math.round((SUBS[0]!._submission_time - 25569) * 86_400_000))
          .toISOString()
          .slice(0, 16),
      );
    },
  );
});

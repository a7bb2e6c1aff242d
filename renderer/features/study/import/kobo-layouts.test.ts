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
      const { first, proposal, catalogue, result } = await importLayout(layout, withForm);
      // One "add" confirmation: the three places and the one problem the catalogue lacks.
      expect(first.newPlaces).toHaveLength(3);
      expect(first.newProblems).toHaveLength(1);
      expect(proposal.newPlaces).toEqual([]);
      expect(proposal.newProblems).toEqual([]);
      const placeIds: Record<string, string> = {};
      for (const p of catalogue.places) placeIds[String(p.code ?? '')] = p.id;
      const codes = { ...PROBLEM_CODES, noise: 'own-0' };
      if (withForm || layout.lang === 'xml') {
        // Names in both form languages where the form has them; codes as KoBo's choice names.
        expect(catalogue.places.map((p) => p.code)).toEqual(['ak_orgo', 'kok_jar', 'mkr_dzhal']);
      } else {
        catalogue.places.forEach(
          (p, i) => (placeIds[['ak_orgo', 'kok_jar', 'mkr_dzhal'][i]!] = p.id),
        );
      }
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

/*
 * The city summary (issue 19, item 3): A4 landscape, the imported districts side by side with the
 * city's column — top priorities, shares of respondents naming each problem (with N), police
 * rates per 100,000 in one period, plan budgets by source (with a chart) and by funder, and
 * monitoring progress — each section with the convention it follows in one line. Names are
 * picked through DocumentTexts, so a missing translation is printed in another language, marked.
 */
import { budgetsChart } from '../domain/city/charts';
import {
  BUDGET_ROW_LABELS,
  BUDGET_ROWS,
  budgetAmount,
  type CityFigures,
  type Share,
} from '../domain/city/figures';
import { formatDate, formatNumber, formatQuarter } from '../format';
import type { DocumentLanguage } from '../languages';
import { pickText, type LocalizedText } from '../localized-text';
import { SOURCES } from '../domain/budget';
import { fitColumns, LINE_CHARS } from './columns';
import { documentFileName } from './file-name';
import { docLabel, formatLanguage, labelIn, languagesOf } from './labels';
import {
  paragraph,
  withoutMarks,
  type DocumentBlock,
  type DocumentCell,
  type DocumentModel,
} from './model';
import { cells } from './report-parts';
import { DocumentTexts } from './texts';

export const CITY_CHART_WIDTH = 900;

export interface CitySummaryInput {
  workspaceName: LocalizedText;
  figures: CityFigures;
  problems: ReadonlyMap<string, LocalizedText>;
  funders: ReadonlyMap<string, LocalizedText>;
  /** The day the summary is made, `YYYY-MM-DD`. */
  date: string;
}

/** The city summary as a DocumentModel. */
export function citySummaryDocument(
  input: CitySummaryInput,
  lang: DocumentLanguage,
): DocumentModel {
  const L = (key: string, vars: Record<string, string | number> = {}, separator?: string) =>
    docLabel(lang, `city:${key}`, vars, separator);
  const { money, share: pct } = cells(lang);
  const n = formatLanguage(lang);
  /** A figure's cell once, in the language numbers are written in (Kyrgyz in ky+ru). */
  const C = (key: string, vars: Record<string, string | number>) => labelIn(n, `city:${key}`, vars);
  const texts = new DocumentTexts(lang);
  const { figures } = input;
  const names = figures.districts.map((d) => texts.text(d.name, undefined, '\n'));
  const problem = (code: string) =>
    input.problems.has(code)
      ? texts.text(input.problems.get(code), { kind: 'problem', id: code, field: 'title' }, ' / ')
      : code;
  const shareCell = (c: Share) =>
    c.respondents === 0
      ? '—'
      : C('shares.cell', {
          share: pct(c.share),
          named: formatNumber(c.named, n),
          n: formatNumber(c.respondents, n),
        });
  const heading = (text: string): DocumentBlock => ({
    kind: 'heading',
    level: 2,
    text,
    align: 'left',
  });
  const note = (text: string) => paragraph(text, { small: true });
  /** A table with the districts' columns and, unless `city` is false, the city's; figures set right. */
  const sideBySide = (
    testId: string,
    corner: string,
    rows: DocumentCell[][],
    city = true,
    textCells = false,
  ): DocumentBlock => {
    const header = [corner, ...names, ...(city ? [L('city')] : [])];
    return {
      kind: 'table',
      testId,
      columns: fitColumns(
        header.map((label, i) => ({
          header: label,
          width: 1,
          align: i === 0 || textCells ? 'left' : 'right',
          grow: i === 0 ? 2 : 1,
        })),
        rows,
        LINE_CHARS.landscape,
      ),
      rows,
    };
  };
  const workspace = texts.text(input.workspaceName, undefined, ' / ');
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: L('document.title', {}, '\n') },
    paragraph(workspace, { align: 'center' }),
    paragraph(
      L('document.asOf', { date: formatDate(input.date), count: figures.districts.length }),
      {
        align: 'center',
      },
    ),
    heading(L('priorities.title')),
  ];
  const longest = Math.max(0, ...figures.districts.map((d) => d.priorities.length));
  blocks.push(
    sideBySide(
      'city-doc-priorities',
      L('priorities.rank'),
      [
        ...Array.from({ length: longest }, (_, i) => [
          String(i + 1),
          ...figures.districts.map((d) => (d.priorities[i] ? problem(d.priorities[i]) : '')),
        ]),
        [
          L('priorities.decidedOn'),
          ...figures.districts.map((d) =>
            d.prioritiesOn ? formatDate(d.prioritiesOn) : L('priorities.none'),
          ),
        ],
      ],
      false,
      true,
    ),
  );

  blocks.push(heading(L('shares.title')), note(L('shares.note')));
  const respondents = figures.districts.map((d) => d.survey?.respondents ?? 0);
  blocks.push(
    sideBySide('city-doc-shares', L('shares.problem'), [
      [
        L('shares.respondents'),
        ...respondents.map((v) => formatNumber(v, n)),
        formatNumber(
          respondents.reduce((a, b) => a + b, 0),
          n,
        ),
      ],
      ...figures.shares.map((row) => [
        problem(row.code),
        ...row.districts.map(shareCell),
        shareCell(row.city),
      ]),
    ]),
  );

  const period = figures.policePeriod;
  blocks.push(
    heading(
      period
        ? languagesOf(lang)
            .map((one) => labelIn(one, 'city:rates.title', { period: formatQuarter(period, one) }))
            .join(' / ')
        : L('rates.titleNone'),
    ),
    note(L('rates.note')),
  );
  const rate = (c: { count: number | null; rate: number | null }) =>
    c.count === null || c.rate === null
      ? '—'
      : C('rates.cell', { rate: formatNumber(c.rate, n, 1), count: formatNumber(c.count, n) });
  const population = figures.districts.map((d) => d.population);
  blocks.push(
    sideBySide('city-doc-rates', L('rates.problem'), [
      [
        L('population'),
        ...population.map((p) => formatNumber(p, n)),
        formatNumber(
          population.reduce((a, b) => a + b, 0),
          n,
        ),
      ],
      ...figures.rates.map((row) => [
        problem(row.code),
        ...row.districts.map(rate),
        rate(row.city),
      ]),
    ]),
  );

  blocks.push(heading(L('budgets.title')), note(L('budgets.note')));
  blocks.push(
    sideBySide('city-doc-budgets', L('budgets.source'), [
      ...BUDGET_ROWS.map((row) => [
        docLabel(lang, BUDGET_ROW_LABELS[row]),
        ...figures.budgets.map((b) => money(budgetAmount(b, row))),
        money(budgetAmount(figures.cityBudget, row)),
      ]),
      [L('budgets.spent'), ...figures.spent.map(money), money(figures.citySpent)],
    ]),
  );
  const one = formatLanguage(lang);
  blocks.push({
    kind: 'chart',
    width: CITY_CHART_WIDTH,
    height: 320,
    chart: budgetsChart(figures, {
      district: (i) => withoutMarks(pickText(figures.districts[i]!.name, one).text),
      problem: (code) => code,
      source: (s: (typeof SOURCES)[number]) => labelIn(one, `plan:sources.${s}`),
      unfunded: labelIn(one, 'plan:fields.unfunded'),
      city: labelIn(one, 'city:city'),
      progress: labelIn(one, 'city:progress.percent'),
      titles: {
        shares: '',
        rates: '',
        budgets: labelIn(one, 'city:budgets.chart'),
        progress: '',
      },
    }),
  });
  blocks.push(heading(L('budgets.funders')));
  blocks.push(
    sideBySide(
      'city-doc-funders',
      L('budgets.funder'),
      figures.funders.map((row) => [
        row.funderId
          ? texts.text(input.funders.get(row.funderId), undefined, ' / ') || row.funderId
          : L('budgets.noFunder'),
        ...row.districts.map(money),
        money(row.city),
      ]),
    ),
  );

  blocks.push(heading(L('progress.title')), note(L('progress.note')));
  blocks.push(
    sideBySide(
      'city-doc-progress',
      '',
      [
        [
          L('progress.plan'),
          ...figures.districts.map((d) =>
            d.plan
              ? `${texts.text(d.plan.title, undefined, ' / ')} (${C('workbook.version', { version: d.plan.version })})`
              : L('progress.noPlan'),
          ),
        ],
        [
          L('progress.percent'),
          ...figures.districts.map((d) =>
            d.plan?.progress == null ? '—' : cells(lang).percent(d.plan.progress),
          ),
        ],
        [
          L('progress.done'),
          ...figures.districts.map((d) =>
            d.plan ? C('progress.doneCell', { done: d.plan.done, all: d.plan.activities }) : '—',
          ),
        ],
      ],
      false,
      true,
    ),
  );
  blocks.push(...texts.footnote());
  const plainWorkspace = withoutMarks(pickText(input.workspaceName, one).text);
  return {
    title: `${labelIn(one, 'city:document.title')} — ${plainWorkspace}`,
    fileName: documentFileName({
      territory: plainWorkspace,
      document: labelIn(one, 'city:document.fileKind'),
      date: input.date,
    }),
    orientation: 'landscape',
    lang,
    blocks,
    preview: { missing: texts.missing, warnings: [] },
  };
}

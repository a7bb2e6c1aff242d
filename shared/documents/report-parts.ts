/*
 * What the three reports of issue 16 share: the period in words, the approval block, the line
 * about the plan they report on, the narrative fields, and money and percent cells in the
 * document language.
 */
import { formatDate, formatMoney, formatPercent, formatQuarter, formatTyiyn } from '../format';
import type { DocumentLanguage, Language } from '../languages';
import { periodParts } from '../domain/reports/period';
import { documentText, type LocalizedText } from '../schemas/localized-text';
import type { Plan } from '../schemas/plan';
import { NARRATIVE_FIELDS, type Report } from '../schemas/reports';
import { docLabel, formatLanguage, languagesOf } from './labels';
import { paragraph, type DocumentBlock } from './model';

/** A label of the reports' documents (`reports:document.<key>`). */
export function reportLabel(
  lang: DocumentLanguage,
  key: string,
  vars: Record<string, string | number> = {},
  separator?: string,
): string {
  return docLabel(lang, `reports:document.${key}`, vars, separator);
}

function periodIn(period: string, lang: Language): string {
  const parts = periodParts(period);
  if (!parts) return period;
  if (parts.kind === 'quarter') return formatQuarter(period, lang);
  const key = parts.kind === 'half' ? 'monitoring:period.halfOf' : 'monitoring:period.yearOf';
  return docLabel(lang, key, { part: parts.part, year: parts.year });
}

/** A report period in words (`1-е полугодие 2026 г.`; ky+ru: Kyrgyz / Russian). */
export function periodText(period: string, lang: DocumentLanguage): string {
  return languagesOf(lang)
    .map((l) => periodIn(period, l))
    .join(' / ');
}

/** The approval block at the top right: УТВЕРЖДЁН with date and number, or ПРОЕКТ. */
export function approvalCorner(
  report: Pick<Report, 'approval'>,
  lang: DocumentLanguage,
): DocumentBlock {
  const { approval } = report;
  const lines = approval
    ? [
        reportLabel(lang, 'approved', {}, '\n'),
        reportLabel(lang, 'approvedOn', {
          date: formatDate(approval.date),
          number: approval.number,
        }),
      ]
    : [reportLabel(lang, 'draft', {}, '\n')];
  return { kind: 'corner', lines };
}

/** The line naming the plan and its approval. */
export function planLine(plan: Plan, lang: DocumentLanguage): string {
  return reportLabel(lang, 'planLine', {
    title: documentText(plan.title, lang),
    date: plan.approval ? formatDate(plan.approval.date) : '—',
    number: plan.approval?.number ?? '—',
    version: plan.version,
  });
}

/**
 * The top of a report: the approval block, the title (`reports:document.<titleKey>`), an optional
 * subtitle (the donor), the territory with the period, and the plan reported on.
 */
export function reportOpening(
  input: { report: Report; territoryName: LocalizedText; plan: Plan },
  titleKey: string,
  lang: DocumentLanguage,
  subtitle?: string,
): DocumentBlock[] {
  const period = periodText(input.report.period, lang);
  return [
    approvalCorner(input.report, lang),
    { kind: 'heading', level: 1, text: reportLabel(lang, titleKey, {}, '\n') },
    ...(subtitle ? [{ kind: 'heading', level: 2, text: subtitle } as const] : []),
    paragraph(
      `${documentText(input.territoryName, lang)} — ${reportLabel(lang, 'forPeriod', { period })}`,
      { align: 'center' },
    ),
    paragraph(planLine(input.plan, lang), { align: 'center' }),
  ];
}

/** The narrative fields, each with its bold label; a blank field prints a dash. */
export function narrativeBlocks(report: Report, lang: DocumentLanguage): DocumentBlock[] {
  return NARRATIVE_FIELDS.flatMap((field): DocumentBlock[] => [
    {
      kind: 'paragraph',
      runs: [{ text: `${reportLabel(lang, `narrative.${field}`)}:`, bold: true }],
    },
    {
      kind: 'paragraph',
      runs: [{ text: report[field] || reportLabel(lang, 'none') }],
      indent: true,
    },
  ]);
}

/** Money and shares in the document's number format. */
export function cells(lang: DocumentLanguage) {
  const n = formatLanguage(lang);
  return {
    money: (tyiyn: number) => formatTyiyn(tyiyn, n),
    som: (tyiyn: number) => formatMoney(tyiyn, n),
    signed: (tyiyn: number) => (tyiyn > 0 ? '+' : '') + formatTyiyn(tyiyn, n),
    share: (share: number | null) => (share === null ? '—' : formatPercent(share, n)),
    percent: (percent: number | null) => (percent === null ? '—' : formatPercent(percent / 100, n)),
    lang: n,
  };
}

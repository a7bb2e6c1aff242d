/*
 * What the three reports of issue 16 share: the period in words, the approval block, the line
 * about the plan they report on, the narrative fields, and money and percent cells in the
 * document language. The records' own texts go through one DocumentTexts per document (issue 17,
 * point 4): a missing translation is marked discreetly, explained in a footnote and listed in the
 * preview; in ky+ru each line is said once per language, Kyrgyz first.
 */
import { formatDate, formatMoney, formatPercent, formatQuarter, formatTyiyn } from '../format';
import { LANGUAGES, type DocumentLanguage, type Language } from '../languages';
import { periodParts } from '../domain/reports/period';
import { pickText, type LocalizedText } from '../schemas/localized-text';
import type { Plan } from '../schemas/plan';
import { NARRATIVE_FIELDS, type Report, type ReportKind } from '../schemas/reports';
import { docLabel, formatLanguage, labelIn, languagesOf } from './labels';
import {
  paragraph,
  safeFileName,
  withoutMarks,
  type DocumentBlock,
  type DocumentModel,
} from './model';
import type { DocumentTexts, TextSource } from './texts';

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

/**
 * A sentence of the catalogue (`reports:document.<key>`) whose words differ per language: ky+ru
 * gives the Kyrgyz sentence, then the Russian one below it.
 */
export function sentence(
  lang: DocumentLanguage,
  key: string,
  vars: (l: Language) => Record<string, string | number>,
): string {
  const lines = languagesOf(lang).map((l) => labelIn(l, `reports:document.${key}`, vars(l)));
  return lines[0] === lines[1] ? lines[0]! : lines.join('\n');
}

/** A report period in words in every language (a text that is never missing a translation). */
export function periodTexts(period: string): LocalizedText {
  return Object.fromEntries(LANGUAGES.map((l) => [l, periodIn(period, l)]));
}

/**
 * A text made of several record texts, written once per language of the document (`ky+ru`: the
 * Kyrgyz line, then the Russian one below, or one line where they read the same).
 */
export function perLanguage(
  texts: DocumentTexts,
  parts: readonly { value: LocalizedText | undefined; source?: TextSource }[],
  join: (picked: string[]) => string,
): string {
  const each = parts.map((p) => texts.each(p.value, p.source));
  const lines = languagesOf(texts.lang).map((l) => join(each.map((e) => e[l])));
  return lines[0] === lines[1] ? lines[0]! : lines.join('\n');
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
export function planLine(plan: Plan, texts: DocumentTexts): string {
  return texts.label(
    'reports:document.planLine',
    {
      date: plan.approval ? formatDate(plan.approval.date) : '—',
      number: plan.approval?.number ?? '—',
      version: plan.version,
    },
    { title: { value: plan.title, source: { kind: 'plan', id: plan.id, field: 'title' } } },
  );
}

/** What every report names: its territory (with the record's id, for the preview) and its plan. */
export interface ReportHead {
  report: Report;
  territoryId: string;
  territoryName: LocalizedText;
  plan: Plan;
}

/** The territory's name as a text source (the preview can complete it). */
export function territoryText(input: Pick<ReportHead, 'territoryId' | 'territoryName'>) {
  return {
    value: input.territoryName,
    source: { kind: 'territory', id: input.territoryId, field: 'name' } as TextSource,
  };
}

/** A heading in the document language(s): ky+ru sets the Russian line below the Kyrgyz one. */
export function reportHeading(lang: DocumentLanguage, key: string): DocumentBlock {
  return { kind: 'heading', level: 2, text: reportLabel(lang, key, {}, '\n'), align: 'left' };
}

/**
 * The top of a report: the approval block, the title (`reports:document.<titleKey>`), an optional
 * subtitle (the donor), the territory with the period, and the plan reported on.
 */
export function reportOpening(
  input: ReportHead,
  titleKey: string,
  texts: DocumentTexts,
  subtitle?: string,
): DocumentBlock[] {
  const { lang } = texts;
  const where = texts.label(
    'reports:document.territoryPeriod',
    {},
    { territory: territoryText(input), period: { value: periodTexts(input.report.period) } },
  );
  return [
    approvalCorner(input.report, lang),
    { kind: 'heading', level: 1, text: reportLabel(lang, titleKey, {}, '\n') },
    ...(subtitle ? [{ kind: 'heading', level: 2, text: subtitle } as const] : []),
    paragraph(where, { align: 'center' }),
    paragraph(planLine(input.plan, texts), { align: 'center' }),
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

/**
 * The finished report: the footnote explaining the marks (if any) at the end, the window title
 * and file name in the document's first language without marks (the kind of report, its own
 * words — territory or funder —, the period), and what the preview lists before printing.
 */
export function reportModel(
  texts: DocumentTexts,
  named: { kind: ReportKind; name: LocalizedText; period: string },
  blocks: DocumentBlock[],
  page: Pick<DocumentModel, 'orientation' | 'large' | 'refusal'>,
  warnings: string[] = [],
): DocumentModel {
  const n = formatLanguage(texts.lang);
  const title = withoutMarks(
    `${labelIn(n, `reports:kinds.${named.kind}`)} — ${pickText(named.name, n).text} — ${periodIn(named.period, n)}`,
  );
  return {
    title,
    fileName: safeFileName(title),
    lang: texts.lang,
    blocks: [...blocks, ...texts.footnote()],
    ...page,
    preview: { missing: texts.missing, warnings },
  };
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

/*
 * Row model of the joint plan document (A4 landscape): the approval block top right, the title,
 * per priority a table of objectives and activities with responsible, partners, timing, indicator
 * and budget by source, the plan totals by source, and the working group's signature lines.
 */
import { SOURCES, type BudgetTotals } from '../domain/budget';
import type { PlanOutline } from '../domain/plan-outline';
import { formatDate, formatNumber, formatPercent, formatTiming, formatTyiyn } from '../format';
import type { DocumentLanguage, Language } from '../languages';
import { documentText, hasAnyText } from '../schemas/localized-text';
import type { Activity } from '../schemas/plan';
import { docLabel } from './labels';
import { safeFileName, type DocumentBlock, type DocumentModel } from './model';
import { dateInWords, longText } from './people';

export interface PlanDocumentInput {
  outline: PlanOutline;
  /** Names for the signature lines; blank lines when unknown. */
  chair?: string;
  secretary?: string;
}

const numberLang = (lang: DocumentLanguage): Language => (lang === 'ky+ru' ? 'ky' : lang);

function indicator(activity: Activity, lang: DocumentLanguage): string {
  const { name, unit, baseline, target } = activity.indicator;
  const n = numberLang(lang);
  const parts = [hasAnyText(name) ? documentText(name, lang) : ''];
  if (baseline !== undefined || target !== undefined) {
    const values = `${baseline === undefined ? '—' : formatNumber(baseline, n)} → ${target === undefined ? '—' : formatNumber(target, n)}`;
    parts.push(hasAnyText(unit) ? `${values} ${documentText(unit, lang)}` : values);
  }
  return parts.filter(Boolean).join(': ');
}

/** The approval block: «УТВЕРЖДАЮ», position, signature line with name, date, number — or the draft mark. */
function approvalBlock(outline: PlanOutline, lang: DocumentLanguage): string[] {
  const approval = outline.plan.approval;
  if (!approval) return [docLabel(lang, 'plan:document.notApproved', {}, '\n')];
  const head =
    approval.body === 'council' ? 'plan:document.approvedCouncil' : 'plan:document.approved';
  return [
    docLabel(lang, head, {}, '\n'),
    documentText(approval.position, lang),
    `${docLabel(lang, 'plan:document.signatureLine')} ${documentText(approval.name, lang)}`,
    `${dateInWords(approval.date, lang)} № ${approval.number}`,
  ];
}

function moneyCells(totals: BudgetTotals, lang: DocumentLanguage): string[] {
  const n = numberLang(lang);
  return [
    formatTyiyn(totals.total, n),
    ...SOURCES.map((s) => formatTyiyn(totals.bySource[s], n)),
    formatTyiyn(totals.unfunded, n),
  ];
}

/** The plan document in the document language. */
export function planDocument(
  { outline, chair, secretary }: PlanDocumentInput,
  lang: DocumentLanguage,
): DocumentModel {
  const { plan } = outline;
  const L = (key: string, vars: Record<string, string | number> = {}, separator?: string) =>
    docLabel(lang, `plan:${key}`, vars, separator);
  const title = documentText(plan.title, lang);
  const columns = [
    { header: L('fields.number'), width: 5, align: 'center' as const },
    { header: L('fields.activity'), width: 17 },
    { header: L('fields.responsible'), width: 12 },
    { header: L('fields.partners'), width: 10 },
    { header: L('fields.timing'), width: 8 },
    { header: L('fields.indicator'), width: 10 },
    { header: L('document.budget'), width: 10, align: 'right' as const },
    ...SOURCES.map((s) => ({ header: L(`sources.${s}`), width: 9, align: 'right' as const })),
    { header: L('fields.unfunded'), width: 9, align: 'right' as const },
  ];
  const blank = (count: number) => Array.from({ length: count }, () => '');

  const blocks: DocumentBlock[] = [
    { kind: 'corner', lines: approvalBlock(outline, lang) },
    { kind: 'heading', level: 1, text: L('document.heading', {}, '\n') },
    { kind: 'heading', level: 2, text: title },
    {
      kind: 'paragraph',
      runs: [{ text: L('document.period', { start: plan.startYear, end: plan.endYear }) }],
      align: 'center',
    },
  ];
  if (plan.version > 1 && plan.changeNote) {
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: L('document.version', {
            version: plan.version,
            date: plan.changeDate ? formatDate(plan.changeDate) : '',
            note: plan.changeNote,
          }),
        },
      ],
      align: 'center',
    });
  }
  for (const p of outline.priorities) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: L('document.priorityHeading', {
        number: p.number,
        title: documentText(p.priority.title, lang),
      }),
      align: 'left',
    });
    const rows: string[][] = [];
    for (const o of p.objectives) {
      rows.push([
        o.number,
        L('document.objectiveRow', {
          number: o.number,
          title: documentText(o.objective.title, lang),
        }),
        ...blank(4),
        ...moneyCells(o.totals, lang),
      ]);
      for (const a of o.activities) {
        rows.push([
          a.number,
          [documentText(a.activity.title, lang), longText(a.activity.description, lang)]
            .filter(Boolean)
            .join('\n'),
          documentText(a.activity.responsible, lang),
          hasAnyText(a.activity.partners) ? documentText(a.activity.partners, lang) : '',
          formatTiming(a.activity.timing, numberLang(lang)),
          indicator(a.activity, lang),
          ...moneyCells(a.totals, lang),
        ]);
      }
    }
    rows.push(['', L('document.priorityTotal'), ...blank(4), ...moneyCells(p.totals, lang)]);
    blocks.push({ kind: 'table', columns, rows, testId: `plan-priority-${p.number}` });
  }
  const t = outline.totals;
  const n = numberLang(lang);
  const share = (amount: number) => formatPercent(t.total > 0 ? amount / t.total : 0, n);
  blocks.push({ kind: 'heading', level: 2, text: L('document.planTotals'), align: 'left' });
  blocks.push({
    kind: 'table',
    testId: 'plan-totals',
    columns: [
      { header: L('summary.source'), width: 30 },
      { header: L('summary.amount'), width: 15, align: 'right' },
      { header: L('summary.share'), width: 10, align: 'right' },
    ],
    rows: [
      ...SOURCES.map((s) => [
        L(`sources.${s}`),
        formatTyiyn(t.bySource[s], n),
        share(t.bySource[s]),
      ]),
      [L('fields.unfunded'), formatTyiyn(t.unfunded, n), share(t.unfunded)],
      [L('fields.total'), formatTyiyn(t.total, n), share(t.total)],
      [L('fields.inKindAmount'), formatTyiyn(t.inKind, n), share(t.inKind)],
    ],
  });
  blocks.push({ kind: 'spacer' });
  blocks.push({
    kind: 'signatures',
    lines: [
      { role: L('document.chair'), name: chair ?? '' },
      { role: L('document.secretary'), name: secretary ?? '' },
    ],
  });
  const fullTitle = `${L('document.heading')} — ${title}${plan.version > 1 ? ` v${plan.version}` : ''}`;
  return { title: fullTitle, fileName: safeFileName(fullTitle), orientation: 'landscape', blocks };
}

/*
 * Row model of the joint plan document (A4 landscape): the approval block top right, the title,
 * per priority a table of objectives and activities with responsible, partners, timing, indicator
 * and budget by source, the plan totals by source, and the working group's signature lines.
 */
import { SOURCES, type BudgetTotals } from '../domain/budget';
import type { PlanOutline } from '../domain/plan-outline';
import { formatDate, formatNumber, formatPercent, formatTiming, formatTyiyn } from '../format';
import type { DocumentLanguage } from '../languages';
import { hasAnyText, pickText, type LocalizedText } from '../localized-text';
import type { Activity } from '../schemas/plan';
import { fitColumns, LINE_CHARS } from './columns';
import { documentFileName } from './file-name';
import { docLabel, formatLanguage, languagesOf } from './labels';
import { withoutMarks, type DocumentBlock, type DocumentCell, type DocumentModel } from './model';
import { dateInWords } from './people';
import { DocumentTexts } from './texts';

export interface PlanDocumentInput {
  outline: PlanOutline;
  /** Names for the signature lines; blank lines (and a warning in the preview) when unknown. */
  chair?: string;
  secretary?: string;
  /** The territory and its office (the approval block names the administration). */
  territoryName?: LocalizedText;
  officeName?: LocalizedText;
  /** Today (`YYYY-MM-DD`), the date of a draft's file name. */
  today?: string;
}

function indicator(activity: Activity, texts: DocumentTexts): string {
  const { name, unit, baseline, target } = activity.indicator;
  const n = formatLanguage(texts.lang);
  const source = (field: string) => ({ kind: 'activity' as const, id: activity.id, field });
  const parts = [hasAnyText(name) ? texts.text(name, source('indicator.name')) : ''];
  if (baseline !== undefined || target !== undefined) {
    // The numbers once, even in ky+ru: «башында/исходно 15, максаты/цель 60».
    const word = (key: string) => docLabel(texts.lang, `paper:plan.${key}`, {}, '/');
    const value = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, n));
    const values = `${word('baseline')} ${value(baseline)}, ${word('target')} ${value(target)}`;
    const unitText = hasAnyText(unit)
      ? ` ${texts.text(unit, source('indicator.unit'), ' / ')}`
      : '';
    parts.push(`${values}${unitText}`);
  }
  return parts.filter(Boolean).join(':\n');
}

/** True when a text in any of the document's languages holds `needle` (case aside). */
function mentions(text: LocalizedText | undefined, needle: string, lang: DocumentLanguage) {
  const lower = needle.toLocaleLowerCase('ru');
  return languagesOf(lang).some((one) =>
    pickText(text, one).text.toLocaleLowerCase('ru').includes(lower),
  );
}

/** The approval block: «УТВЕРЖДАЮ», position and administration, signature with name, date, number. */
function approvalBlock(input: PlanDocumentInput, texts: DocumentTexts): string[] {
  const { lang } = texts;
  const plan = input.outline.plan;
  const approval = plan.approval;
  if (!approval) return [docLabel(lang, 'plan:document.notApproved', {}, '\n')];
  const head =
    approval.body === 'council' ? 'plan:document.approvedCouncil' : 'plan:document.approved';
  const lines = [docLabel(lang, head, {}, '\n')];
  if (approval.body !== 'council') {
    lines.push(
      texts.text(approval.position, { kind: 'plan', id: plan.id, field: 'approval.position' }),
    );
    // «Глава администрации» alone does not say of which administration: the office says it,
    // unless the position already names the territory.
    const stem = pickText(input.territoryName, formatLanguage(lang))
      .text.split(' ')[0]
      ?.slice(0, 6);
    const named = stem && mentions(approval.position, stem, lang);
    if (hasAnyText(input.officeName) && !named)
      lines.push(
        texts.text(input.officeName, {
          kind: 'territory',
          id: plan.territoryId,
          field: 'office.officeName',
        }),
      );
  }
  lines.push(`${docLabel(lang, 'plan:document.signatureLine')} ${texts.name(approval.name)}`);
  lines.push(`${dateInWords(approval.date, lang)} № ${approval.number}`);
  return lines;
}

function moneyCells(totals: BudgetTotals, lang: DocumentLanguage): string[] {
  const n = formatLanguage(lang);
  return [
    formatTyiyn(totals.total, n),
    ...SOURCES.map((s) => formatTyiyn(totals.bySource[s], n)),
    formatTyiyn(totals.unfunded, n),
  ];
}

/** When an activity runs, one period per line so that neither breaks: «I кв. 2026 –» / «IV кв. 2026». */
function timing(activity: Activity, lang: DocumentLanguage): string {
  const text = formatTiming(activity.timing, formatLanguage(lang)).replace(' – ', '\u00a0–\n');
  // «2026-ж. III чейрек» is long for a narrow column: the year above the quarter.
  return formatLanguage(lang) === 'ky' ? text.replace(/-ж\.\u00a0/g, '-ж.\n') : text;
}

/** The plan document in the document language. */
export function planDocument(input: PlanDocumentInput, lang: DocumentLanguage): DocumentModel {
  const { outline, chair, secretary } = input;
  const { plan } = outline;
  const texts = new DocumentTexts(lang);
  const L = (key: string, vars: Record<string, string | number> = {}, separator = '\n') =>
    docLabel(lang, `plan:${key}`, vars, separator);
  const planSource = { kind: 'plan' as const, id: plan.id, field: 'title' };
  const title = texts.text(plan.title, planSource);
  const money = (header: string) => ({ header, width: 1, align: 'right' as const, nowrap: true });

  const blocks: DocumentBlock[] = [{ kind: 'corner', lines: approvalBlock(input, texts) }];
  // The plan's own title usually says what the heading says, and its period: say each once.
  const heading = L('document.heading');
  const titleSaysAll = languagesOf(lang).every((one) =>
    mentions(
      plan.title,
      docLabel(one, 'plan:document.heading').split(' ').slice(0, 2).join(' '),
      one,
    ),
  );
  if (!titleSaysAll) blocks.push({ kind: 'heading', level: 1, text: heading });
  blocks.push({ kind: 'heading', level: titleSaysAll ? 1 : 2, text: title });
  if (!mentions(plan.title, String(plan.startYear), lang))
    blocks.push({
      kind: 'paragraph',
      runs: [
        {
          text: L(
            plan.startYear === plan.endYear ? 'document.periodOne' : 'document.period',
            { start: plan.startYear, end: plan.endYear },
            ' / ',
          ),
        },
      ],
      align: 'center',
    });
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
  // One table for the whole plan, as offices keep it: a priority is a row across the table, so
  // the header repeats on every page and pages fill without a new table per priority.
  const rows: DocumentCell[][] = [];
  const width = 11;
  /** «Приоритет 1. X» / «1.1-максат. X»: the label around a record's title, per language. */
  const numbered = (
    key: string,
    number: string,
    kind: 'priority' | 'objective',
    record: { id: string; title: LocalizedText },
  ) =>
    texts.label(
      `plan:document.${key}`,
      { number },
      { title: { value: record.title, source: { kind, id: record.id, field: 'title' } } },
    );
  for (const p of outline.priorities) {
    const heading = numbered('priorityHeading', p.number, 'priority', p.priority);
    rows.push([{ text: heading, span: width, bold: true }]);
    for (const o of p.objectives) {
      const objective = numbered('objectiveRow', o.number, 'objective', o.objective);
      rows.push([
        o.number,
        { text: objective, span: 4, bold: true },
        ...moneyCells(o.totals, lang),
      ]);
      for (const a of o.activities) {
        const source = (field: string) => ({ kind: 'activity' as const, id: a.activity.id, field });
        rows.push([
          a.number,
          [
            texts.text(a.activity.title, source('title')),
            hasAnyText(a.activity.description)
              ? texts.text(a.activity.description, source('description'))
              : '',
          ]
            .filter(Boolean)
            .join('\n'),
          // The lead organisation, then its partners: one column, as offices list executors.
          [
            texts.text(a.activity.responsible, source('responsible')),
            hasAnyText(a.activity.partners)
              ? `${docLabel(lang, 'paper:plan.partners', {}, ' / ')} ${texts.text(a.activity.partners, source('partners'))}`
              : '',
          ]
            .filter(Boolean)
            .join('\n'),
          timing(a.activity, lang),
          indicator(a.activity, texts),
          ...moneyCells(a.totals, lang),
        ]);
      }
    }
    rows.push([
      '',
      { text: L('document.priorityTotal', {}, ' / '), span: 4, bold: true },
      ...moneyCells(p.totals, lang),
    ]);
  }
  const columns = [
    { header: L('fields.number'), width: 1, align: 'center' as const, nowrap: true },
    { header: L('fields.activity'), width: 1, grow: 1.15 },
    { header: docLabel(lang, 'paper:plan.responsibleAndPartners', {}, '\n'), width: 1 },
    { header: L('fields.timing'), width: 1, nowrap: true },
    { header: L('fields.indicator'), width: 1 },
    money(L('document.budget')),
    ...SOURCES.map((s) => money(L(`sources.${s}`))),
    money(L('fields.unfunded')),
  ];
  blocks.push({
    kind: 'table',
    columns: fitColumns(columns, rows, LINE_CHARS.landscape),
    rows,
    testId: 'plan-activities',
    rowsMayBreak: lang === 'ky+ru',
  });

  const t = outline.totals;
  const n = formatLanguage(lang);
  const share = (amount: number) => formatPercent(t.total > 0 ? amount / t.total : 0, n);
  blocks.push({
    kind: 'heading',
    level: 2,
    text: L('document.planTotals', {}, ' / '),
    align: 'left',
  });
  blocks.push({
    kind: 'table',
    testId: 'plan-totals',
    columns: [
      { header: L('summary.source'), width: 30 },
      { header: L('summary.amount'), width: 15, align: 'right', nowrap: true },
      { header: L('summary.share'), width: 10, align: 'right', nowrap: true },
    ],
    rows: [
      ...SOURCES.map((s) => [
        L(`sources.${s}`, {}, ' / '),
        formatTyiyn(t.bySource[s], n),
        share(t.bySource[s]),
      ]),
      [L('fields.unfunded', {}, ' / '), formatTyiyn(t.unfunded, n), share(t.unfunded)],
      [L('fields.total', {}, ' / '), formatTyiyn(t.total, n), share(t.total)],
      [L('fields.inKindAmount', {}, ' / '), formatTyiyn(t.inKind, n), share(t.inKind)],
    ],
  });
  blocks.push({
    kind: 'signatures',
    lines: [
      { role: L('document.chair'), name: chair ?? '' },
      { role: L('document.secretary'), name: secretary ?? '' },
    ],
  });
  blocks.push(...texts.footnote());
  const warnings = [...(chair ? [] : ['noChair']), ...(secretary ? [] : ['noSecretary'])];
  const plainTitle = withoutMarks(pickText(plan.title, formatLanguage(lang)).text);
  const version = plan.version > 1 ? ` v${plan.version}` : '';
  return {
    title: `${withoutMarks(heading.split('\n')[0]!)} — ${plainTitle}${version}`,
    fileName: documentFileName({
      territory: pickText(input.territoryName, formatLanguage(lang)).text,
      title: plainTitle,
      document: `${docLabel(formatLanguage(lang), 'paper:fileKinds.plan')}${version}`,
      date: plan.approval?.date ?? input.today,
    }),
    orientation: 'landscape',
    lang,
    blocks,
    preview: { missing: texts.missing, warnings },
  };
}

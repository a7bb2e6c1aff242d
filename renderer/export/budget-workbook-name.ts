/* The workbook's request type and suggested file name, apart from exceljs so the UI can import them cheaply. */
import { labelIn } from '../../shared/documents/labels';
import { safeFileName } from '../../shared/documents/model';
import type { PlanTree } from '../../shared/domain/plan-outline';
import { formatDate, localDate } from '../../shared/format';
import type { Language } from '../../shared/languages';
import { pickText, type LocalizedText } from '../../shared/schemas/localized-text';
import type { Funder } from '../../shared/schemas/plan';

/** Everything the workbook is built from (plain data: it crosses into a Web Worker). */
export interface WorkbookRequest {
  tree: PlanTree;
  funders: Funder[];
  territoryName: LocalizedText;
  lang: Language;
  /** When the workbook is made (ISO instant), printed and used in the file name. */
  date: string;
}

/** `Territory — Plan — <suffix> — dd.mm.yyyy.xlsx`, a bare file name of at most ~150 characters. */
export function planFileName(
  request: Pick<WorkbookRequest, 'tree' | 'territoryName' | 'lang' | 'date'>,
  suffixKey: string,
): string {
  const territory = pickText(request.territoryName, request.lang).text.slice(0, 40);
  const plan = pickText(request.tree.plan.title, request.lang).text.slice(0, 60);
  const day = formatDate(localDate(new Date(request.date)));
  const suffix = labelIn(request.lang, suffixKey);
  const version = request.tree.plan.version > 1 ? ` v${request.tree.plan.version}` : '';
  return `${safeFileName([territory, plan + version, suffix, day].filter(Boolean).join(' — '))}.xlsx`;
}

/** `Territory — Plan — budget — dd.mm.yyyy.xlsx`. */
export function workbookFileName(request: WorkbookRequest): string {
  return planFileName(request, 'plan:workbook.fileSuffix');
}

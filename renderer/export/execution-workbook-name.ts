/* The execution workbook's request type and suggested file name, apart from exceljs so the UI can import them cheaply. */
import type { PlanTree } from '../../shared/domain/plan-outline';
import type { Language } from '../../shared/languages';
import type { LocalizedText } from '../../shared/schemas/localized-text';
import type { Expenditure } from '../../shared/schemas/monitoring';
import type { Funder } from '../../shared/schemas/plan';
import type { PeriodChoice } from '../features/monitoring/period';
import { planFileName } from './budget-workbook-name';

/** Everything the execution workbook is built from (plain data: it crosses into a Web Worker). */
export interface ExecutionRequest {
  tree: PlanTree;
  /** The plan series' expenditures (those of lines outside this version are left out). */
  expenditures: Expenditure[];
  funders: Funder[];
  territoryName: LocalizedText;
  lang: Language;
  /** The reporting period, as chosen on the monitoring screen. */
  choice: PeriodChoice;
  /** When the workbook is made (ISO instant), printed and used in the file name. */
  date: string;
}

/** `Territory — Plan — budget execution — dd.mm.yyyy.xlsx`. */
export function executionFileName(request: ExecutionRequest): string {
  return planFileName(request, 'execution:fileSuffix');
}

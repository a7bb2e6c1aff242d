/* The city workbook's request type and file name, apart from exceljs so the UI can import them cheaply. */
import { labelIn } from '../../shared/documents/labels';
import { safeFileName } from '../../shared/documents/model';
import type { CityFigures } from '../../shared/domain/city/figures';
import { formatDate, localDate } from '../../shared/format';
import type { Language } from '../../shared/languages';
import { pickText, type LocalizedText } from '../../shared/localized-text';

/** Everything the city workbook is built from (plain data: it crosses into a Web Worker). */
export interface CityWorkbookRequest {
  workspaceName: LocalizedText;
  figures: CityFigures;
  /** Problem titles by code. */
  problems: Record<string, LocalizedText>;
  /** Funder names by id. */
  funders: Record<string, LocalizedText>;
  lang: Language;
  /** When the workbook is made (ISO instant), printed and used in the file name. */
  date: string;
}

/** `City — city workbook — dd.mm.yyyy.xlsx`. */
export function cityWorkbookFileName(request: CityWorkbookRequest): string {
  const name = pickText(request.workspaceName, request.lang).text.slice(0, 60);
  const day = formatDate(localDate(new Date(request.date)));
  const suffix = labelIn(request.lang, 'city:workbook.fileSuffix');
  return `${safeFileName([name, suffix, day].filter(Boolean).join(' — '))}.xlsx`;
}

/*
 * Reads the `survey` and `choices` sheets of an XLSForm workbook (by name) with the XLSX reader,
 * and parses them into the form's questions.
 */
import {
  parseXlsForm,
  XlsFormError,
  type XlsForm,
} from '../../../../shared/domain/study/import/xlsform';
import { readXlsxSheets } from './read-xlsx';

/** Reads and parses an XLSForm file; throws XlsFormError (or the reader's error) when it is not one. */
export function readXlsForm(bytes: Uint8Array): XlsForm {
  const sheets = readXlsxSheets(bytes, ['survey', 'choices']);
  const rows = (name: string) => sheets.find((s) => s.name.toLowerCase() === name)?.rows;
  const survey = rows('survey');
  if (!survey) throw new XlsFormError('formNoSurvey');
  return parseXlsForm(survey, rows('choices') ?? []);
}

/* Reads an XLSForm file on the calling thread (tests; the page reads it in the import worker). */
import { formFromSheets, type XlsForm } from '../../../../shared/domain/study/import/xlsform';
import { readXlsxSheets } from './read-xlsx';

/** Reads and parses an XLSForm file. */
export function readXlsForm(bytes: Uint8Array): XlsForm {
  return formFromSheets(readXlsxSheets(bytes, ['survey', 'choices']));
}

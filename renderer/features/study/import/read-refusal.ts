/* A refused file as the clerk reads it: the importer's own wording first, else the reader's. */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../../shared/format';
import { isLanguage } from '../../../../shared/languages';
import { ReadError } from './read-limits';

/**
 * The message for an error from the table reader: `own` is the importer's message prefix
 * (`study:import.refuse`, `workingGroup:import`); codes it does not word come from
 * `common:tableRead`. Anything that is not a refusal reads as an unreadable file.
 */
export function refusalText(t: TFunction, error: unknown, own: string, language?: string): string {
  const refused = error instanceof ReadError ? error : new ReadError('unreadable');
  const lang = language && isLanguage(language) ? language : 'ru';
  const params = Object.fromEntries(
    Object.entries(refused.params).map(([key, value]) => [
      key,
      typeof value === 'number' ? formatNumber(value, lang) : value,
    ]),
  );
  const general = t(`common:tableRead.${refused.code}`, params);
  // The importer's own key is `own` + the code: the key test knows it through its wrapper list
  // (refusalText in tests/fixtures/i18n-usage.ts), not from this call.
  const translate = t;
  return translate(`${own}.${refused.code}`, { ...params, defaultValue: general });
}

import type { TFunction } from 'i18next';

/**
 * Turns a zod/i18n message key (`errors:required`) into text in the clerk's language. Anything
 * that is not a key of ours is shown as the generic "check the value".
 */
export function errorText(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return /^[a-zA-Z]+:[\w.]+$/.test(message) ? t(message) : t('errors:invalid');
}

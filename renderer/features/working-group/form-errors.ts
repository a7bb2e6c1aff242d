import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { errorText } from '../../app/errors';
import { ValidationError } from '../../db/repository';

/** Field path → message in the clerk's language, from a zod result or a ValidationError. */
export type FieldErrors = Record<string, string>;

export function zodErrors(t: TFunction, error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    out[path] ??= errorText(t, issue.message) ?? '';
  }
  return out;
}

/** Errors of a failed save: field errors for a ValidationError, else rethrows. */
export function saveErrors(t: TFunction, error: unknown): FieldErrors {
  if (!(error instanceof ValidationError)) throw error;
  const out: FieldErrors = {};
  for (const issue of error.issues) out[issue.path] ??= errorText(t, issue.message) ?? '';
  return out;
}

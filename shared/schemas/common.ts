import { z } from 'zod';
import { isIsoDate } from '../format';
import { localizedTextSchema } from './localized-text';
import { cleanString } from './text';

/*
 * Building blocks of every record schema. Error messages are i18n keys (namespace `errors`), so the
 * renderer shows them in the clerk's language.
 */

/** A UUID identifier (architecture A5). */
export const idSchema = z.uuid({ error: 'errors:invalidId' });

/** An instant as an ISO string. */
export const instantSchema = z.iso.datetime({ offset: true, error: 'errors:invalidInstant' });

/** A calendar date `YYYY-MM-DD` that exists. */
export const dateSchema = z
  .string({ error: 'errors:required' })
  .refine(isIsoDate, { error: 'errors:invalidDate' });

/** Created/updated timestamps carried by every record a person types. */
export const stampsSchema = z.object({
  createdAt: instantSchema,
  updatedAt: instantSchema,
});

/** A required person-typed line of text of at most `max` characters. */
export function requiredText(max = 200) {
  return cleanString({ error: 'errors:required' })
    .min(1, { error: 'errors:required' })
    .max(max, { error: `errors:tooLong` });
}

/** An optional line of text of at most `max` characters (stays optional in the output type). */
export function optionalText(max = 200) {
  return cleanString().max(max, { error: 'errors:tooLong' }).optional();
}

/**
 * LocalizedText where at least one language is filled and none is longer than `max`. Both errors
 * are reported on the object itself, so a form shows them beside the one field.
 */
export function requiredLocalizedText(max = 200) {
  return z
    .object({
      ru: cleanString().optional(),
      ky: cleanString().optional(),
      en: cleanString().optional(),
    })
    .superRefine((text, ctx) => {
      const values = [text.ru, text.ky, text.en];
      if (!values.some(Boolean)) ctx.addIssue({ code: 'custom', message: 'errors:required' });
      else if (values.some((value) => (value?.length ?? 0) > max))
        ctx.addIssue({ code: 'custom', message: 'errors:tooLong' });
    });
}

export { localizedTextSchema };

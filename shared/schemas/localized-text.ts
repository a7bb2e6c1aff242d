import { z } from 'zod';
import type { LocalizedText } from '../localized-text';

/** Text typed once and printed in several languages (architecture A11). */
export const localizedTextSchema = z.object({
  ru: z.string().trim().max(1000).optional(),
  ky: z.string().trim().max(1000).optional(),
  en: z.string().trim().max(1000).optional(),
}) satisfies z.ZodType<LocalizedText>;
export type { LocalizedText };
export { documentText, hasAnyText, pickText } from '../localized-text';

import { z } from 'zod';
import type { LocalizedText } from '../localized-text';
import { cleanString } from './text';

/** Text typed once and printed in several languages (architecture A11). */
export const localizedTextSchema = z.object({
  ru: cleanString().max(1000).optional(),
  ky: cleanString().max(1000).optional(),
  en: cleanString().max(1000).optional(),
}) satisfies z.ZodType<LocalizedText>;
export type { LocalizedText };
export { documentText, hasAnyText, pickText } from '../localized-text';

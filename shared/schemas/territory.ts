import { z } from 'zod';
import { idSchema, requiredLocalizedText, stampsSchema } from './common';

/**
 * What a territory is. `city` is a city divided into districts (Bishkek, Osh): the mayor's office
 * works above the districts, and its workspace takes in their exchange packages (issue 19).
 */
export const TERRITORY_KINDS = ['city', 'city-district', 'town', 'aiyl-aimak'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** The largest population we accept: more than any territory of Kyrgyzstan. */
export const MAX_POPULATION = 10_000_000;

/** The office's details printed on documents. */
export const officeSchema = z.object({
  officeName: requiredLocalizedText(300),
  headName: requiredLocalizedText(200),
  headPosition: requiredLocalizedText(300),
});
export type Office = z.infer<typeof officeSchema>;

/** What the clerk types for a territory (wizard and settings). */
export const territoryInputSchema = z.object({
  name: requiredLocalizedText(200),
  kind: z.enum(TERRITORY_KINDS, { error: 'errors:required' }),
  parent: requiredLocalizedText(200),
  population: z
    .number({ error: 'errors:notANumber' })
    .int({ error: 'errors:wholeNumber' })
    .positive({ error: 'errors:positive' })
    .max(MAX_POPULATION, { error: 'errors:tooLarge' }),
  office: officeSchema,
});
export type TerritoryInput = z.infer<typeof territoryInputSchema>;

/** A stored territory: every other record (but the three global lists) belongs to one. */
export const territorySchema = territoryInputSchema.extend({
  id: idSchema,
  isSample: z.boolean(),
  ...stampsSchema.shape,
});
export type Territory = z.infer<typeof territorySchema>;

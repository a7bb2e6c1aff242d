import { SCHEMA_V6 } from './v6-plan';

/**
 * Schema version 7: cheaper survey responses (issue 5, import of 50,000 rows). Every index entry
 * is written for every imported response, so the six indexes of v4 become three:
 * - `[territoryId+studyId+number]` serves the territory (Dexie's virtual index `territoryId`:
 *   counts, territory delete, restore), the study (`[territoryId+studyId]`, study delete) and the
 *   running numbers (recent questionnaires; an import batch is one range of numbers, kept on its
 *   batch record, so undo reads that range instead of a `batchId` index);
 * - `[studyId+fingerprint]` for the likely-duplicate warning;
 * - `externalId` for skipping rows imported before.
 * The plain `territoryId`, `studyId`, `batchId` and `[studyId+number]` indexes are dropped. Only
 * indexes change: no upgrade function (batches stored before v7 have no number range; undo then
 * reads the study's range and keeps the batch's rows).
 */
export const SCHEMA_V7 = Object.freeze({
  ...SCHEMA_V6,
  surveyResponses: 'id, [territoryId+studyId+number], [studyId+fingerprint], externalId',
});

import { SCHEMA_V11 } from './v11-assessment';

/**
 * Schema version 12 (issue 18): imported survey responses stored a few hundred
 * to a record, column by column (`responseChunks`, shared/schemas/response-chunk), so a
 * 50,000-row import writes about a hundred records instead of 50,000 records and 150,000 index
 * entries. Found by study and running number (`[territoryId+studyId+firstNumber]`, which also
 * serves the territory) and by batch (undo). Responses typed, edited or stored before v12 stay
 * `surveyResponses` records. A new table only: no upgrade function.
 */
export const SCHEMA_V12 = Object.freeze({
  ...SCHEMA_V11,
  responseChunks: 'id, [territoryId+studyId+firstNumber], batchId',
});

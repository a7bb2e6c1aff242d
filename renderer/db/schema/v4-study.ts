import { SCHEMA_V3 } from './v3-working-group';

/**
 * Schema version 4: the comprehensive study — the clerk's changes to the problem catalogue
 * (global, keyed by stable code), places, studies, survey responses (indexed by import batch and
 * by the survey tool's id, so imports can be undone and re-imports skipped; by fingerprint for the
 * duplicate warning), per-study aggregates (cubes), police statistics, complaints, import batches
 * and remembered column mappings. New tables only: no upgrade function.
 */
export const SCHEMA_V4 = Object.freeze({
  ...SCHEMA_V3,
  problems: 'id, &code',
  places: 'id, territoryId',
  studies: 'id, territoryId',
  surveyResponses:
    'id, territoryId, studyId, batchId, externalId, [studyId+number], [studyId+fingerprint]',
  studyCubes: 'studyId, territoryId',
  policeStats: 'id, territoryId, [territoryId+period]',
  complaints: 'id, territoryId',
  importBatches: 'id, territoryId, studyId',
  importMappings: 'key, territoryId',
});

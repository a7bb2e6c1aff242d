import type { StudyCube } from '../../../shared/domain/study/cube';

/** A study's aggregates, kept up to date in the same transaction as every response write. */
export interface StudyCubeRow {
  studyId: string;
  territoryId: string;
  cube: StudyCube;
  /** Responses in the study. */
  count: number;
  /** The number the next typed questionnaire gets. */
  nextNumber: number;
  updatedAt: string;
}

/** A column/value mapping remembered for one import source (a set of headers). */
export interface ImportMappingRow {
  key: string;
  territoryId: string;
  mapping: unknown;
  updatedAt: string;
}

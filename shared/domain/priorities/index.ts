/** Priority setting: criteria and weights, scoring, score sheets, sensitivity, snapshots. */
export * from './criteria';
export * from './scoring';
export * from './sheets';
export * from './sensitivity';
export * from './snapshot';
export * from './evidence';

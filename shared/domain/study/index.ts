/** The study's pure domain: catalogue, cube (aggregates), analysis, police figures, indicators. */
export * from './catalogue';
export * from './cube';
export * from './analysis';
export * from './police';
export * from './indicators';
export * from './fingerprint';

export * from './competition';
export * from './entry';
export * from './ids';
export * from './invitation';
export * from './member';
export * from './scoring';
export * from './results-docs';
export * from './stage';

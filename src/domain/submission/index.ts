export * from './deck';
export * from './entry-file';

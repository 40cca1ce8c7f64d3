export * from './deck';
export * from './entry-file';
export * from './entry-image';

export * from './types';
export * from './version-state';

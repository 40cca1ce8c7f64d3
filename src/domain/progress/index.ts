export * from './ids';
export * from './minimum';
export * from './touched';
export * from './overdue';

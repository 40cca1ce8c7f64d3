export * from './certificates';
export * from './file-names';
export * from './judge-key';
export * from './result-table';
export * from './spreadsheet-safe';

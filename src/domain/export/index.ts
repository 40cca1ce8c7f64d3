export { buildExport, COUNTED_ENTRY_STATUSES } from './build-export';
export { assignPseudonyms, pseudonymIndex, pseudonymizeExport, pseudonymLetter, type PseudonymMap } from './pseudonyms';

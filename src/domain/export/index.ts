export { buildExport, COUNTED_ENTRY_STATUSES } from './build-export';

export { buildExport } from './build-export';

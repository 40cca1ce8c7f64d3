export { TeamReceipt } from './team-receipt';

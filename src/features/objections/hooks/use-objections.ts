import { usePaginated } from '@/lib/async/use-paginated';
import { listObjections, type ObjectionFilter } from '../api/objection-list';

export function useObjections(cid: string, filter: ObjectionFilter) {
  return usePaginated(`objections:${cid}:${filter}`, (cursor) => listObjections(cid, filter, cursor));
}

import { PAGE_SIZE } from '@/lib/async/pagination';
import { usePaginated } from '@/lib/async/use-paginated';
import { listOpenCompetitions } from '../api/public-competitions';

/** Public competitions open for registration, a page at a time. */
export function useOpenCompetitions() {
  return usePaginated('open-competitions', (cursor) => listOpenCompetitions(cursor, PAGE_SIZE));
}

import { PAGE_SIZE } from '@/lib/async/pagination';
import { usePaginated } from '@/lib/async/use-paginated';
import { listMyCompetitions } from '../api/my-competitions';

export function useMyCompetitions(uid: string) {
  return usePaginated(`my-competitions:${uid}`, (cursor) => listMyCompetitions(uid, cursor, PAGE_SIZE));
}

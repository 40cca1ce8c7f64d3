import { useOutletContext } from 'react-router';
import type { Competition, Member } from '@/domain/model';

/** What the competition layout hands to its child routes. */
export interface CompetitionOutletContext {
  competition: Competition;
  member: Member;
}

export const useCompetitionOutlet = () => useOutletContext<CompetitionOutletContext>();

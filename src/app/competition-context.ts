import { useOutletContext } from 'react-router';
import type { Competition, Member } from '@/domain/model';

/** What the competition layout hands to its child routes. */
export interface CompetitionOutletContext {
  competition: Competition;
  member: Member;
  /**
   * A page that changed the competition (the settings page, after a save or
   * a status step) hands the stored one it read again, so the header and the
   * other pages of the competition show it too, without a reload.
   */
  replaceCompetition: (competition: Competition) => void;
}

export const useCompetitionOutlet = () => useOutletContext<CompetitionOutletContext>();

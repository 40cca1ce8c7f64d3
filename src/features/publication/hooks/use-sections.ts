import { useMemo } from 'react';
import type { Competition } from '@/domain/model';
import { resultSections, type ResultSection } from '@/domain/publication/exports';
import type { CompetitionFacts } from '../api/competition-facts';
import type { StoredComputation } from '../api/stored-computation';

/** The stored computation as table sections, named from the competition's documents. */
export function useSections(
  competition: Competition,
  computation: StoredComputation | null,
  facts: CompetitionFacts,
  /** The page speaks the organizer's language; the files are Chinese. */
  language: 'zh-CN' | 'en' = 'zh-CN',
): ResultSection[] {
  return useMemo(
    () =>
      computation
        ? resultSections({
            results: computation.results,
            tracks: competition.tracks,
            awards: competition.awards,
            entries: facts.entries,
            identities: facts.identities,
            language,
          })
        : [],
    [competition, computation, facts, language],
  );
}

import type { Competition } from '@/domain/model';
import { pickLocalized, type Language } from '@/i18n/languages';

/** A round's name in the interface language, or its id when unknown. */
export function roundName(competition: Competition, roundId: string, language: Language): string {
  const round = competition.rounds.find((r) => r.id === roundId);
  return round ? pickLocalized(language, round.name, round.nameEn) : roundId;
}

/** A track's name in the interface language (null: the overall group). */
export function trackName(competition: Competition, trackId: string | null, language: Language, overall: string) {
  if (trackId === null) return overall;
  const track = competition.tracks.find((t) => t.id === trackId);
  return track ? pickLocalized(language, track.name, track.nameEn) : trackId;
}

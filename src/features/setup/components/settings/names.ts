import type { Competition } from '@/domain/model';
import { pickLocalized, type Language } from '@/i18n/languages';

/** What a refusal or warning calls a round or track: its name in the reader's language, else its id. */
export function namesOf(competition: Pick<Competition, 'rounds' | 'tracks'>, language: Language) {
  const find = (list: readonly { id: string; name: string; nameEn: string }[], id: unknown) => {
    const item = list.find((x) => x.id === id);
    return item ? pickLocalized(language, item.name, item.nameEn) : String(id ?? '');
  };
  return {
    round: (id: unknown) => find(competition.rounds, id),
    track: (id: unknown) => find(competition.tracks, id),
  };
}

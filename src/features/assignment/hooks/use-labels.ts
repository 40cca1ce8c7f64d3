import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import type { AssignmentSetup } from '../api/assignment-setup';

/** How the page names judges, entries and tracks, from the ids the server answers with. */
export interface Labels {
  judge: (uid: string) => string;
  entry: (entryId: string, code?: string) => string;
  entryTitle: (entryId: string) => string;
  track: (trackId: string) => string;
}

export function useLabels(competition: Competition, setup: AssignmentSetup): Labels {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const judges = new Map(setup.judges.map((j) => [j.uid, j]));
  const entries = new Map(setup.entries.map((e) => [e.id, e]));
  return {
    judge: (uid) => judges.get(uid)?.displayName || t('assignment.loads.unknown', { uid }),
    entry: (entryId, code) => code || entries.get(entryId)?.code || entryId,
    entryTitle: (entryId) => entries.get(entryId)?.title ?? '',
    track: (trackId) => {
      const track = competition.tracks.find((tr) => tr.id === trackId);
      return track ? pickLocalized(language, track.name, track.nameEn) : trackId;
    },
  };
}

import type { TFunction } from 'i18next';
import type { Competition } from '@/domain/model';
import type { SettingsSection, SettingsWarning } from '@/domain/settings';
import type { Language } from '@/i18n/languages';
import { namesOf } from './names';

/** The business refusals of updateCompetitionSettings the page words itself. */
const REFUSALS = [
  'rubric-locked',
  'track-in-use',
  'prefix-in-use',
  'track-in-awards',
  'round-in-use',
  'round-open',
] as const;
type KnownRefusal = (typeof REFUSALS)[number];
const isKnown = (reason: string): reason is KnownRefusal => (REFUSALS as readonly string[]).includes(reason);

/** Where the organizer fixes a refusal (a section of the page), if elsewhere. */
export const refusalFix: Partial<Record<KnownRefusal, SettingsSection>> = { 'track-in-awards': 'awards' };

/** A refused save in words, naming the round or track (as it was before the save). */
export function refusalText(
  t: TFunction,
  language: Language,
  competition: Pick<Competition, 'rounds' | 'tracks'>,
  reason: string,
  details: Record<string, unknown>,
): string {
  if (!isKnown(reason)) return t('setup.refusals.other', { reason });
  const names = namesOf(competition, language);
  return t(`setup.refusals.${reason}`, { round: names.round(details.roundId), track: names.track(details.trackId) });
}

/** The warnings a section's card shows after its save: those its own fields can change. */
const WARNINGS_OF: Record<SettingsSection, readonly SettingsWarning['code'][]> = {
  basics: [],
  schedule: [],
  tracks: ['awards-exceed-entries'],
  rounds: ['trim-drops-all', 'min-sheets-above-panel', 'rubric-empty'],
  rubric: ['rubric-empty'],
  entryForm: [],
  scoring: ['trim-drops-all', 'min-sheets-above-panel'],
  awards: ['awards-exceed-entries'],
};

export const warningsFor = (section: SettingsSection, warnings: readonly SettingsWarning[]) =>
  warnings.filter((w) => WARNINGS_OF[section].includes(w.code));

export function warningText(
  t: TFunction,
  language: Language,
  competition: Pick<Competition, 'rounds' | 'tracks'>,
  w: SettingsWarning,
): string {
  const names = namesOf(competition, language);
  switch (w.code) {
    case 'trim-drops-all':
      return t('setup.warnings.trim-drops-all', { ...w, round: names.round(w.roundId) });
    case 'min-sheets-above-panel':
      return t('setup.warnings.min-sheets-above-panel', { ...w, round: names.round(w.roundId) });
    case 'rubric-empty':
      return t('setup.warnings.rubric-empty', { round: names.round(w.roundId) });
    case 'awards-exceed-entries':
      return w.trackId === null
        ? t('setup.warnings.awards-exceed-entries', w)
        : t('setup.warnings.awards-exceed-entries-track', { ...w, track: names.track(w.trackId) });
  }
}

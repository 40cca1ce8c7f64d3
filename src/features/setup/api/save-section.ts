import { httpsCallable } from 'firebase/functions';
import type { SectionValues, SettingsSection, SettingsWarning } from '@/domain/settings';
import { functions } from '@/lib/firebase/functions';

export interface SaveSectionResult {
  updatedAt: number;
  /** Settings that are allowed but probably wrong, for the organizer to decide on. */
  warnings: SettingsWarning[];
}

/**
 * Saves one section of the settings page through updateCompetitionSettings,
 * which checks it again with the same schema and refuses what clients must
 * not decide (a rubric once sheets exist, a track entries use). Throws the
 * callable's error: read it with `toSettingsError`.
 */
export async function saveSection<S extends SettingsSection>(
  competitionId: string,
  section: S,
  values: SectionValues<S>,
): Promise<SaveSectionResult> {
  const call = httpsCallable<{ competitionId: string; section: S; values: SectionValues<S> }, SaveSectionResult>(
    functions,
    'updateCompetitionSettings',
  );
  const { data } = await call({ competitionId, section, values });
  return { updatedAt: data.updatedAt, warnings: Array.isArray(data.warnings) ? data.warnings : [] };
}

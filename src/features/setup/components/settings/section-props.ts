import type { Competition } from '@/domain/model';
import type { SectionValues, SettingsSection } from '@/domain/settings';
import type { SaveSectionResult } from '../../api/save-section';

/** Sends one section: `saveSection` for this competition in the app, a fake in tests. */
export type SaveSection = <S extends SettingsSection>(
  section: S,
  values: SectionValues<S>,
) => Promise<SaveSectionResult>;

/** What every section card of the settings page gets. */
export interface SectionProps {
  competition: Competition;
  save: SaveSection;
  /** After a save: read the competition again, so the other sections and the status see it. */
  onSaved: () => Promise<void> | void;
}

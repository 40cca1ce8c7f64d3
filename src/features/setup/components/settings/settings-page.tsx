import { useTranslation } from 'react-i18next';
import type { Competition, CompetitionStatus } from '@/domain/model';
import { PageHeader } from '@/components/ui/page-header';
import { QuestionsSection } from '../questions/questions-section';
import { RubricSection } from '../rubric/rubric-section';
import { changeCompetitionStatus } from '../../api/change-status';
import { saveSection } from '../../api/save-section';
import { useFreshCompetition } from '../../hooks/use-fresh-competition';
import { SectionNav } from './section-nav';
import type { SaveSection } from './section-props';
import { AwardsSection } from './sections/awards-section';
import { BasicsSection } from './sections/basics-section';
import { RoundsSection } from './sections/rounds-section';
import { ScheduleSection } from './sections/schedule-section';
import { ScoringSection } from './sections/scoring-section';
import { TracksSection } from './sections/tracks-section';
import { StatusStepper } from './status-stepper';
import styles from './settings.module.css';

/**
 * The organizer's settings page: the status steps on top, then one card per
 * section, each saving on its own. After any save or step the competition is
 * read again, so every section and the steps show what is stored.
 */
export function SettingsPage({
  competition: initial,
  onReloaded,
}: {
  competition: Competition;
  /** The stored competition read again after a save or a step, for the rest of the app to show. */
  onReloaded?: (competition: Competition) => void;
}) {
  const { t } = useTranslation();
  const [competition, refresh] = useFreshCompetition(initial, { onReloaded });
  const save: SaveSection = (section, values) => saveSection(competition.id, section, values);
  const change = (to: CompetitionStatus) => changeCompetitionStatus(competition.id, to);
  const props = { competition, save, onSaved: refresh };

  return (
    <div className={styles.page}>
      <PageHeader title={t('setup.title')} />
      <StatusStepper competition={competition} change={change} onChanged={refresh} />
      <SectionNav />
      <BasicsSection {...props} />
      <ScheduleSection {...props} />
      <TracksSection {...props} />
      <RoundsSection {...props} />
      <div id="rubric" className={styles.anchor}>
        <RubricSection competition={competition} onSaved={() => void refresh()} />
      </div>
      <div id="entryForm" className={styles.anchor}>
        <QuestionsSection competition={competition} onSaved={() => void refresh()} />
      </div>
      <ScoringSection {...props} />
      <AwardsSection {...props} />
    </div>
  );
}

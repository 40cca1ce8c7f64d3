import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { RoundSelect } from '@/components/ui/round-select';
import type { Competition } from '@/domain/model';
import { RubricForm } from './rubric-form';
import { useRubricLock } from './use-rubric-lock';
import styles from './editor.module.css';

interface RubricSectionProps {
  competition: Competition;
  /** After a save: the page refreshes the competition it shows. */
  onSaved?: () => void;
}

/** The settings page's rubric editor: one round at a time (rounds usually score different things). */
export function RubricSection({ competition, onSaved }: RubricSectionProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState(competition.rounds[0]?.id ?? '');
  // A round removed meanwhile (rounds section): fall back to the first.
  const round = competition.rounds.find((r) => r.id === picked) ?? competition.rounds[0];
  const { lock, markLocked } = useRubricLock(competition.id, round?.id);

  return (
    <Card title={t('rubricEditor.title')}>
      <div className={styles.editor}>
        <p className={styles.intro}>{t('rubricEditor.intro')}</p>
        {round ? (
          <>
            {/* Wrapped: the picker sizes itself for a row (flex-basis), which this column would turn into height. */}
            <div className={styles.roundPicker}>
              <RoundSelect
                label={t('rubricEditor.round')}
                rounds={competition.rounds}
                value={round.id}
                onChange={setPicked}
              />
            </div>
            {/* A fresh form per round: its own values, errors and save state. */}
            <RubricForm
              key={round.id}
              competition={competition}
              round={round}
              lock={lock}
              onLocked={markLocked}
              onSaved={onSaved}
            />
          </>
        ) : (
          <p className={styles.muted}>{t('rubricEditor.noRounds')}</p>
        )}
      </div>
    </Card>
  );
}

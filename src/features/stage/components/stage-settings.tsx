import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/text-field';
import type { Stage } from '@/domain/model';
import { MAX_SEGMENT_SECONDS, MIN_SEGMENT_SECONDS } from '@/domain/roadshow';
import type { StageCall } from '../hooks/use-stage-call';
import styles from './stage.module.css';

/** Minutes as typed (a decimal point or comma) → whole seconds within the limits, else null. */
function toSeconds(text: string): number | null {
  const minutes = Number(text.trim().replace(',', '.'));
  if (!text.trim() || !Number.isFinite(minutes)) return null;
  const seconds = Math.round(minutes * 60);
  return seconds >= MIN_SEGMENT_SECONDS && seconds <= MAX_SEGMENT_SECONDS ? seconds : null;
}

const minutesText = (seconds: number) => String(Math.round((seconds / 60) * 100) / 100);

/** The round's pitch and question lengths, and whether the big screen names the judges. */
export function StageSettings({ stage, call }: { stage: Stage; call: StageCall }) {
  const { t } = useTranslation();
  const [pitch, setPitch] = useState(() => minutesText(stage.timing.pitchSeconds));
  const [qa, setQa] = useState(() => minutesText(stage.timing.qaSeconds));
  const [tried, setTried] = useState(false);
  const pitchSeconds = toSeconds(pitch);
  const qaSeconds = toSeconds(qa);
  const busy = call.pending !== null;
  const range = { min: MIN_SEGMENT_SECONDS / 60, max: MAX_SEGMENT_SECONDS / 60 };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (pitchSeconds === null || qaSeconds === null) return;
    void call.run({ type: 'setTiming', pitchSeconds, qaSeconds });
  };

  return (
    <Card title={t('stage.settings.title')}>
      <form className={styles.settings} onSubmit={onSubmit} noValidate>
        <div className={styles.timingFields}>
          <TextField
            label={t('stage.settings.pitch')}
            inputMode="decimal"
            value={pitch}
            onChange={(e) => setPitch(e.target.value)}
            error={tried && pitchSeconds === null ? t('stage.settings.range', range) : undefined}
          />
          <TextField
            label={t('stage.settings.qa')}
            inputMode="decimal"
            value={qa}
            onChange={(e) => setQa(e.target.value)}
            error={tried && qaSeconds === null ? t('stage.settings.range', range) : undefined}
          />
        </div>
        <p className={styles.muted}>{t('stage.settings.timingHint')}</p>
        <div className={styles.actions}>
          <Button type="submit" variant="secondary" pending={call.pending === 'setTiming'} disabled={busy}>
            {t('stage.settings.saveTiming')}
          </Button>
        </div>
      </form>
      <label className={styles.toggle}>
        <input
          type="checkbox"
          checked={stage.showJudgeNames}
          disabled={busy}
          onChange={(e) => void call.run({ type: 'showJudgeNames', value: e.target.checked })}
        />
        <span>
          {t('stage.settings.showNames')}
          <span className={styles.toggleHint}>{t('stage.settings.showNamesHint')}</span>
        </span>
      </label>
    </Card>
  );
}

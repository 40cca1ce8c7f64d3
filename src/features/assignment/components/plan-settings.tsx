import { useTranslation } from 'react-i18next';
import type { Competition, Round } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import type { AssignmentSetup } from '../api/assignment-setup';
import { strategiesFor, withJudges, withK, withSameJudges, type PlanForm } from '../lib/plan-form';
import { JudgeChecklist } from './judge-checklist';
import { KField } from './k-field';
import { StrategyField } from './strategy-field';
import styles from './assignment.module.css';

interface PlanSettingsProps {
  competition: Competition;
  round: Round;
  setup: AssignmentSetup;
  form: PlanForm;
  onChange: (form: PlanForm) => void;
}

/** The strategy, k per track and the judges per track (or one selection for all). */
export function PlanSettings({ competition, round, setup, form, onChange }: PlanSettingsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trackIds = competition.tracks.map((tr) => tr.id);
  const strategies = strategiesFor(round.kind);
  const competing = (trackId: string) => setup.entries.filter((e) => e.trackId === trackId && e.competing).length;
  const trackName = (trackId: string) => {
    const track = competition.tracks.find((tr) => tr.id === trackId);
    return track ? pickLocalized(language, track.name, track.nameEn) : trackId;
  };
  const checklist = (trackId: string, title: string) => (
    <JudgeChecklist
      title={title}
      judges={setup.judges}
      chosen={form.tracks[trackId]?.judgeUids ?? []}
      onChange={(uids) => onChange(withJudges(form, trackIds, trackId, uids))}
    />
  );

  return (
    <Card title={t('assignment.settings')}>
      <div className={styles.settings}>
        {strategies.length > 1 && (
          <StrategyField
            options={strategies}
            value={form.strategy}
            onChange={(strategy) => onChange({ ...form, strategy })}
          />
        )}
        <div className={styles.tracks}>
          {competition.tracks.map((track) => (
            <section key={track.id} className={styles.trackBox} aria-label={trackName(track.id)}>
              <h3 className={styles.trackName}>{trackName(track.id)}</h3>
              <p className={styles.muted}>{t('assignment.track.entries', { count: competing(track.id) })}</p>
              {form.strategy === 'engine' && (
                <KField
                  label={t('assignment.track.k')}
                  value={form.tracks[track.id]?.k ?? ''}
                  onChange={(k) => onChange(withK(form, track.id, k))}
                />
              )}
            </section>
          ))}
        </div>
        {trackIds.length > 1 && (
          <label className={styles.toggle}>
            <input
              type="checkbox"
              checked={form.sameJudges}
              onChange={(e) => onChange(withSameJudges(form, trackIds, e.target.checked))}
            />
            {t('assignment.sameJudges')}
          </label>
        )}
        {form.sameJudges && trackIds.length > 0 ? (
          checklist(trackIds[0]!, t('assignment.allTracks'))
        ) : (
          <div className={styles.checklists}>
            {competition.tracks.map((track) => (
              <div key={track.id}>{checklist(track.id, trackName(track.id))}</div>
            ))}
          </div>
        )}
      </div>
    </Card>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { JudgeOption } from '../api/assignment-setup';
import styles from './assignment.module.css';

interface JudgeChecklistProps {
  /** Names the group: the track, or "all tracks". */
  title: string;
  judges: JudgeOption[];
  chosen: string[];
  onChange: (judgeUids: string[]) => void;
}

/** One checkbox per judge with what the engine weighs: organizations (conflicts) and tags (expertise). */
export function JudgeChecklist({ title, judges, chosen, onChange }: JudgeChecklistProps) {
  const { t } = useTranslation();
  const countId = useId();
  const selected = new Set(chosen);
  // Kept in the judges' order, so the request is the same whatever the clicking order.
  const toggle = (uid: string, on: boolean) =>
    onChange(judges.map((j) => j.uid).filter((id) => (id === uid ? on : selected.has(id))));

  return (
    <fieldset className={styles.fieldset} aria-describedby={countId}>
      <legend className={styles.legend}>{t('assignment.track.judges') + ' · ' + title}</legend>
      <div className={styles.checklistBar}>
        <span id={countId} className={styles.muted}>
          {t('assignment.track.chosen', { count: selected.size, total: judges.length })}
        </span>
        <span className={styles.checklistActions}>
          <Button variant="ghost" onClick={() => onChange(judges.map((j) => j.uid))}>
            {t('assignment.track.selectAll')}
          </Button>
          <Button variant="ghost" onClick={() => onChange([])}>
            {t('assignment.track.selectNone')}
          </Button>
        </span>
      </div>
      {selected.size === 0 && <p className={styles.warningText}>{t('assignment.track.noneChosen')}</p>}
      <ul className={styles.judges}>
        {judges.map((judge) => (
          <li key={judge.uid}>
            <label className={styles.judge}>
              <input
                type="checkbox"
                checked={selected.has(judge.uid)}
                onChange={(e) => toggle(judge.uid, e.target.checked)}
              />
              <span className={styles.judgeText}>
                <span className={styles.judgeName}>{judge.displayName || judge.email}</span>
                <span className={styles.muted}>
                  {judge.organizations.length > 0
                    ? judge.organizations.join('、')
                    : t('assignment.judge.noOrganization')}
                </span>
                {judge.tags.length > 0 && (
                  <span className={styles.tags}>
                    <span className={styles.visuallyHidden}>{t('assignment.judge.tags')}</span>
                    {judge.tags.map((tag) => (
                      <span key={tag} className={styles.tag}>
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

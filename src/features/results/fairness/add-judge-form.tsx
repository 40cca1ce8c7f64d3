import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reReviewRefusal } from '@/domain/fairness';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { useAsync } from '@/lib/async/use-async';
import { loadEntryLinks } from '../api/entry-links';
import { addJudgeToEntry } from '../api/fairness-actions';
import type { PreviewData } from '../api/preview-data';
import { ActionFeedback } from './action-feedback';
import { useAction } from './use-action';
import styles from './fairness.module.css';

interface AddJudgeFormProps {
  data: PreviewData;
  roundId: string;
  entryId: string;
  code: string;
  judgeName: (uid: string) => string;
  disabled: boolean;
}

/**
 * Re-review (复评): picks a judge who may still review the entry in the round
 * (src/domain/fairness/re-review.ts, the rule the function applies too) and
 * calls addJudgeToEntry. The entry's assignments are read again afterwards,
 * so the judge just added is no longer offered.
 */
export function AddJudgeForm({ data, roundId, entryId, code, judgeName, disabled }: AddJudgeFormProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const cid = data.competition.id;
  const [reads, setReads] = useState(0);
  const links = useAsync(`entry-links:${cid}:${roundId}:${entryId}#${reads}`, () =>
    loadEntryLinks(cid, roundId, entryId),
  );
  const [judgeUid, setJudgeUid] = useState('');
  const { state, run } = useAction();

  const eligible =
    links.status === 'success'
      ? data.judges.filter(
          (j) =>
            reReviewRefusal(
              j,
              { id: entryId, organization: links.data.organization },
              {
                assigned: links.data.assignedJudgeUids.includes(j.uid),
                sheetStatus: data.sheets.find((s) => s.entryId === entryId && s.judgeUid === j.uid)?.status ?? null,
              },
            ) === null,
        )
      : [];
  const chosen = eligible.some((j) => j.uid === judgeUid) ? judgeUid : '';

  const submit = () =>
    run(async () => {
      await addJudgeToEntry({ competitionId: cid, roundId, entryId, judgeUid: chosen });
      setJudgeUid('');
      setReads((n) => n + 1);
      return t('fairness.actions.addSuccess', { code, judge: judgeName(chosen) });
    });

  return (
    <section className={styles.form} data-testid="add-judge">
      <h3>{t('fairness.actions.addTitle')}</h3>
      <p className={styles.muted}>{t('fairness.actions.addHint')}</p>
      {links.status === 'loading' && <p className={styles.muted}>{t('fairness.actions.linksLoading')}</p>}
      {links.status === 'error' && <ErrorState error={links.error} onRetry={links.retry} />}
      {links.status === 'success' &&
        (eligible.length === 0 ? (
          <p className={styles.muted}>{t('fairness.actions.addNone')}</p>
        ) : (
          <form
            className={styles.row}
            onSubmit={(e) => {
              e.preventDefault();
              if (chosen) void submit();
            }}
          >
            <div className={styles.field}>
              <label htmlFor={selectId}>{t('fairness.actions.addJudge')}</label>
              <select
                id={selectId}
                className={styles.select}
                value={chosen}
                disabled={disabled}
                onChange={(e) => setJudgeUid(e.target.value)}
              >
                <option value="">{t('fairness.actions.addChoose')}</option>
                {eligible.map((j) => (
                  <option key={j.uid} value={j.uid}>
                    {judgeName(j.uid)}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" disabled={disabled || !chosen} pending={state.status === 'pending'}>
              {t('fairness.actions.addButton')}
            </Button>
          </form>
        ))}
      <ActionFeedback state={state} pending={t('fairness.actions.addPending')} />
    </section>
  );
}

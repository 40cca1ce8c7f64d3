import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { explainEntry, type Analysis } from '@/domain/results';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/alert';
import type { PreviewData } from '../api/preview-data';
import type { PreviewLabels } from '../hooks/use-labels';
import { AddJudgeForm } from './add-judge-form';
import { ReopenForm } from './reopen-form';
import { statusKey } from './sheet-status';
import styles from './fairness.module.css';

interface EntryActionsProps {
  data: PreviewData;
  roundId: string;
  entryId: string;
  analysis: Analysis;
  labels: PreviewLabels;
  onClose: () => void;
}

/**
 * What an organizer can do about one entry where judges disagree: see its
 * sheets in the round, add one more judge (re-review, 复评) or reopen a
 * judge's sheet with a reason. It stays open while the live data changes
 * (a reopened sheet takes the entry out of the list; the panel remains).
 */
export function EntryActions({ data, roundId, entryId, analysis, labels, onClose }: EntryActionsProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const entry = data.entries.find((e) => e.id === entryId);
  const sheets = data.sheets.filter((s) => s.entryId === entryId);
  const totals = new Map((explainEntry(analysis, entryId)?.sheets ?? []).map((s) => [s.judgeId, s.total]));
  const roundOpen = data.competition.openRoundIds.includes(roundId);
  const code = labels.code(entryId);
  // Judges with no counted sheet have no number in this round: their name, else their uid.
  const judgeName = (uid: string) => {
    const label = labels.judge(uid);
    return label === uid ? (data.judgeNames[uid] ?? uid) : label;
  };

  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    heading.current?.focus();
  }, []);

  return (
    <section className={styles.actions} aria-labelledby="fairness-actions-title" data-testid="entry-actions">
      <div className={styles.actionsHeader}>
        <h2 id="fairness-actions-title" ref={heading} tabIndex={-1}>
          {t('fairness.actions.title', { code })}
        </h2>
        <Button variant="ghost" onClick={onClose}>
          {t('fairness.actions.close')}
        </Button>
      </div>
      <p>
        {entry?.title || '—'}
        <span className={styles.muted}>
          {' '}
          · {t('fairness.actions.track', { track: labels.track(entry?.trackId ?? null) })}
        </span>
      </p>

      <section>
        <h3>{t('fairness.actions.sheets')}</h3>
        {sheets.length === 0 ? (
          <p className={styles.muted}>{t('fairness.actions.noSheets')}</p>
        ) : (
          <ul className={styles.sheetList}>
            {sheets.map((s) => (
              <li key={s.id} data-testid="entry-sheet">
                <span>{judgeName(s.judgeUid)}</span>
                <Badge tone={s.status === 'submitted' ? 'success' : s.status === 'recused' ? 'warning' : 'neutral'}>
                  {t(statusKey[s.status])}
                </Badge>
                {totals.has(s.judgeUid) && <strong>{labels.score(totals.get(s.judgeUid)!)}</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {!roundOpen && (
        <Alert tone="warning">
          <p>{t('fairness.actions.roundClosed')}</p>
        </Alert>
      )}
      <AddJudgeForm
        data={data}
        roundId={roundId}
        entryId={entryId}
        code={code}
        judgeName={judgeName}
        disabled={!roundOpen}
      />
      <ReopenForm data={data} entryId={entryId} code={code} judgeName={judgeName} disabled={!roundOpen} />
    </section>
  );
}

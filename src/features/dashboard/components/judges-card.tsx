import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { numericCell, Table } from '@/components/ui/table';
import type { JudgeProgress, Round } from '@/domain/model';
import { isOverdue, sortJudges } from '@/domain/progress';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime, formatNumber } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { useJudgeNames, useJudgeProgress } from '../hooks/use-dashboard-data';
import styles from './dashboard.module.css';

interface Row extends JudgeProgress {
  name: string;
  overdue: boolean;
}

/**
 * Each judge's progress in the round: one progress document per judge,
 * live, named from the judge members (read once). Overdue judges first and
 * marked. A table on a wide screen, cards on a phone.
 */
export function JudgesCard({ competitionId, round }: { competitionId: string; round: Round }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [attempt, setAttempt] = useState(0);
  const progress = useJudgeProgress(competitionId, round.id, attempt);
  const names = useJudgeNames(competitionId, attempt);
  const retry = () => setAttempt((a) => a + 1);
  // Ticks on: a judge turns overdue at the close without waiting for a submission.
  const now = useNow();
  const closed = round.closesAt !== null && now > round.closesAt;

  let body;
  if (progress.status === 'error' || names.status === 'error') {
    body = (
      <ErrorState
        error={progress.status === 'error' ? progress.error : (names as { error: unknown }).error}
        onRetry={retry}
      />
    );
  } else if (progress.status === 'loading' || names.status === 'loading') {
    body = <Skeleton lines={4} />;
  } else {
    const nameOf = (uid: string) => names.value[uid] || t('dashboard.judges.unnamed');
    const rows: Row[] = sortJudges(
      progress.value.filter((p) => p.assigned + p.submitted + p.drafts + p.recused > 0),
      nameOf,
      round.closesAt,
      now,
    ).map((p) => ({ ...p, name: nameOf(p.judgeUid), overdue: isOverdue(p, round.closesAt, now) }));
    const overdue = rows.filter((r) => r.overdue).length;
    const lastActivity = (r: Row) =>
      r.lastActivityAt === null ? t('dashboard.judges.never') : formatDateTime(r.lastActivityAt, language);
    const n = (v: number) => formatNumber(v, language);
    body =
      rows.length === 0 ? (
        <p className={styles.empty}>{t('dashboard.judges.empty')}</p>
      ) : (
        <>
          {round.closesAt !== null && (
            <p className={overdue > 0 ? styles.overdueNote : styles.note} data-testid="dashboard-close-note">
              {closed && overdue > 0
                ? t('dashboard.judges.overdueNote', { count: overdue, time: formatDateTime(round.closesAt, language) })
                : t('dashboard.judges.closes', { time: formatDateTime(round.closesAt, language) })}
            </p>
          )}
          <div className={styles.judgeTable}>
            <Table aria-label={t('dashboard.judges.title')} data-testid="dashboard-judges">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.judges.judge')}</th>
                  <th scope="col">{t('dashboard.judges.progress')}</th>
                  <th scope="col" className={numericCell}>
                    {t('dashboard.judges.drafts')}
                  </th>
                  <th scope="col" className={numericCell}>
                    {t('dashboard.judges.recused')}
                  </th>
                  <th scope="col">{t('dashboard.judges.lastActivity')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.judgeUid} className={r.overdue ? styles.overdueRow : undefined} data-judge={r.judgeUid}>
                    <th scope="row">
                      <span className={styles.judgeName}>{r.name}</span>
                      {r.overdue && <Badge tone="danger">{t('dashboard.judges.overdue')}</Badge>}
                    </th>
                    <td>
                      <JudgeBar row={r} />
                    </td>
                    <td className={numericCell}>{n(r.drafts)}</td>
                    <td className={numericCell}>{n(r.recused)}</td>
                    <td>{lastActivity(r)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          <ul className={styles.judgeCards} aria-label={t('dashboard.judges.title')}>
            {rows.map((r) => (
              <li key={r.judgeUid} className={r.overdue ? styles.overdueCard : styles.judgeCard}>
                <div className={styles.judgeCardHead}>
                  <span className={styles.judgeName}>{r.name}</span>
                  {r.overdue && <Badge tone="danger">{t('dashboard.judges.overdue')}</Badge>}
                </div>
                <JudgeBar row={r} />
                <p className={styles.judgeMeta}>
                  {t('dashboard.judges.drafts')} {n(r.drafts)} · {t('dashboard.judges.recused')} {n(r.recused)} ·{' '}
                  {t('dashboard.judges.lastActivity')} {lastActivity(r)}
                </p>
              </li>
            ))}
          </ul>
        </>
      );
  }
  return <Card title={t('dashboard.judges.title')}>{body}</Card>;
}

function JudgeBar({ row }: { row: Row }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const ratio = row.assigned > 0 ? Math.min(1, row.submitted / row.assigned) : 1;
  const text = `${formatNumber(row.submitted, language)} / ${formatNumber(row.assigned, language)}`;
  return (
    <div className={styles.judgeBar}>
      <span className={styles.judgeBarText}>{text}</span>
      <div
        className={styles.barTrack}
        role="progressbar"
        aria-label={t('dashboard.judges.progressLabel', { name: row.name })}
        aria-valuemin={0}
        aria-valuemax={row.assigned}
        aria-valuenow={row.submitted}
        aria-valuetext={text}
      >
        <div className={row.overdue ? styles.barFillLate : styles.barFill} style={{ width: `${ratio * 100}%` }} />
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import type { JudgeEntryPair } from '../api/assign-round';
import type { Labels } from '../hooks/use-labels';
import styles from './assignment.module.css';

const PAGE = 20;

/** Pairs the assignment adds or removes, by entry code, a page at a time. */
export function PairTable({
  title,
  pairs,
  labels,
  testId,
}: {
  title: string;
  pairs: JudgeEntryPair[];
  labels: Labels;
  testId: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const sorted = pairs
    .map((p) => ({ ...p, code: labels.entry(p.entryId), judge: labels.judge(p.judgeUid) }))
    .sort((a, b) => a.code.localeCompare(b.code) || a.judge.localeCompare(b.judge));
  return (
    <Card title={title} aside={<Badge>{t('assignment.pairs.count', { count: pairs.length })}</Badge>}>
      {pairs.length === 0 ? (
        <p className={styles.muted}>{t('assignment.pairs.none')}</p>
      ) : (
        <>
          <Table aria-label={title} data-testid={testId}>
            <thead>
              <tr>
                <th scope="col">{t('assignment.pairs.entry')}</th>
                <th scope="col">{t('assignment.pairs.judge')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.slice(0, shown).map((p) => (
                <tr key={`${p.judgeUid}__${p.entryId}`} data-testid="pair-row">
                  <td>
                    <span className={styles.code}>{p.code}</span>
                    <span className={styles.entryTitle}>{labels.entryTitle(p.entryId)}</span>
                  </td>
                  <td className={`${styles.judgeCell} ${styles.pairJudge}`}>{p.judge}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          {shown < sorted.length && (
            <div className={styles.more}>
              <Button variant="secondary" onClick={() => setShown((n) => n + PAGE)}>
                {t('assignment.pairs.more', { count: Math.min(PAGE, sorted.length - shown) })}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}

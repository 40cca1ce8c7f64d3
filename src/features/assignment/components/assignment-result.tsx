import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import type { AssignRoundResult } from '../api/assign-round';
import type { JudgeOption } from '../api/assignment-setup';
import type { Labels } from '../hooks/use-labels';
import { LoadTable } from './load-table';
import { PairTable } from './pair-table';
import { StatGrid } from './stat-grid';
import { WarningList } from './warning-list';
import styles from './assignment.module.css';

/** A proposed (or committed) assignment: numbers, loads per judge, warnings, pairs added and removed. */
export function AssignmentResult({
  title,
  result,
  judges,
  labels,
  actions,
}: {
  title: string;
  /** Shown under the loads: committing, or what was committed. */
  actions?: ReactNode;
  result: AssignRoundResult;
  judges: JudgeOption[];
  labels: Labels;
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.result} data-testid="assign-result">
      <Card title={title}>
        <div className={styles.resultBody}>
          <StatGrid result={result} />
          {result.warnings.length > 0 && (
            <Alert tone="warning">
              <p>
                <strong>{t('assignment.warnings')}</strong>
              </p>
              <WarningList warnings={result.warnings} labels={labels} />
            </Alert>
          )}
          <h3 className={styles.subheading}>{t('assignment.loads.title')}</h3>
          <LoadTable result={result} judges={judges} labels={labels} />
          {actions}
        </div>
      </Card>
      <div className={styles.pairs}>
        <PairTable title={t('assignment.pairs.added')} pairs={result.added} labels={labels} testId="pairs-added" />
        <PairTable
          title={t('assignment.pairs.removed')}
          pairs={result.removed}
          labels={labels}
          testId="pairs-removed"
        />
      </div>
    </div>
  );
}

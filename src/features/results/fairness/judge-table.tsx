import { useTranslation } from 'react-i18next';
import type { FairnessReport, FiveNumbers } from '@/domain/fairness';
import { Card } from '@/components/ui/card';
import { Table } from '@/components/ui/table';
import type { PreviewLabels } from '../hooks/use-labels';
import styles from './fairness.module.css';

interface JudgeTableProps {
  id: string;
  report: FairnessReport;
  labels: PreviewLabels;
}

/**
 * Each judge's statistics (the engine's judgeStats) beside the whole panel's:
 * a table on a desktop; on a phone each row stacks into a small card with
 * its labels (CSS only, one DOM for both). It is also the chart's text
 * alternative: it lists every value the chart draws.
 */
export function JudgeTable({ id, report, labels }: JudgeTableProps) {
  const { t } = useTranslation();
  const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${labels.score(Math.abs(value))}`;
  const cols = {
    sheets: t('fairness.judges.sheets'),
    mean: t('fairness.judges.mean'),
    vsPanel: t('fairness.judges.vsPanel'),
    sd: t('fairness.judges.sd'),
    min: t('fairness.judges.min'),
    median: t('fairness.judges.median'),
    max: t('fairness.judges.max'),
    deviation: t('fairness.judges.deviation'),
  };
  const spread = (s: FiveNumbers | null) => (
    <>
      <td data-label={cols.min} className={styles.num}>
        {s ? labels.score(s.min) : '—'}
      </td>
      <td data-label={cols.median} className={styles.num}>
        {s ? labels.score(s.median) : '—'}
      </td>
      <td data-label={cols.max} className={styles.num}>
        {s ? labels.score(s.max) : '—'}
      </td>
    </>
  );
  const { panel } = report;

  return (
    <Card title={t('fairness.judges.title')}>
      {report.judges.length === 0 ? (
        <p className={styles.muted}>{t('fairness.judges.empty')}</p>
      ) : (
        <>
          <div className={styles.stackTable}>
            <Table id={id} aria-label={t('fairness.judges.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('fairness.judges.judge')}</th>
                  {Object.values(cols).map((label) => (
                    <th key={label} scope="col" className={styles.num}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr className={styles.panelRow} data-testid="panel-row">
                  <th scope="row">{t('fairness.judges.panel')}</th>
                  <td data-label={cols.sheets} className={styles.num}>
                    {panel.sheets}
                  </td>
                  <td data-label={cols.mean} className={styles.num}>
                    {labels.score(panel.mean)}
                  </td>
                  <td data-label={cols.vsPanel} className={styles.num}>
                    —
                  </td>
                  <td data-label={cols.sd} className={styles.num}>
                    {labels.score(panel.sd)}
                  </td>
                  {spread(panel.summary)}
                  <td data-label={cols.deviation} className={styles.num}>
                    —
                  </td>
                </tr>
                {report.judges.map((j) => (
                  <tr key={j.judgeId} data-testid="fairness-judge-row" data-judge={j.judgeId}>
                    <th scope="row">{labels.judge(j.judgeId)}</th>
                    <td data-label={cols.sheets} className={styles.num}>
                      {j.sheets}
                    </td>
                    <td data-label={cols.mean} className={styles.num} data-testid="judge-mean">
                      {labels.score(j.mean)}
                    </td>
                    <td data-label={cols.vsPanel} className={styles.num}>
                      {signed(j.meanVsPanel)}
                    </td>
                    <td data-label={cols.sd} className={styles.num} data-testid="judge-sd">
                      {labels.score(j.sd)}
                    </td>
                    {spread(j.summary)}
                    <td data-label={cols.deviation} className={styles.num}>
                      {j.meanDeviation === null ? t('fairness.judges.noShared') : signed(j.meanDeviation)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          <p className={styles.muted}>{t('fairness.judges.hint')}</p>
        </>
      )}
    </Card>
  );
}

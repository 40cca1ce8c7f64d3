import { useTranslation } from 'react-i18next';
import type { JudgeStat } from '@/domain/results';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { numericCell, Table } from '@/components/ui/table';
import type { PreviewLabels } from '../hooks/use-labels';
import styles from './results-preview.module.css';

/** A judge this many points (of 100) above or below colleagues is flagged. */
export const DEVIATION_FLAG = 5;

/** How each judge scored (judgeStats), to spot harsh and lenient judges. */
export function JudgeStatsCard({ judges, labels }: { judges: JudgeStat[]; labels: PreviewLabels }) {
  const { t } = useTranslation();
  const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${labels.score(Math.abs(value))}`;
  return (
    <Card title={t('results.judges.title')}>
      {judges.length === 0 ? (
        <p className={styles.muted}>{t('results.judges.empty')}</p>
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <th scope="col">{t('results.judges.judge')}</th>
                <th scope="col" className={numericCell}>
                  {t('results.judges.sheets')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('results.judges.mean')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('results.judges.sd')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('results.judges.deviation')}
                </th>
                <th scope="col">{t('results.judges.flag')}</th>
              </tr>
            </thead>
            <tbody>
              {judges.map((j) => {
                const d = j.meanDeviation;
                const flagged = d !== null && Math.abs(d) >= DEVIATION_FLAG;
                return (
                  <tr key={j.judgeId} data-testid="judge-row">
                    <th scope="row">{labels.judge(j.judgeId)}</th>
                    <td className={numericCell}>{j.sheets}</td>
                    <td className={numericCell}>{labels.score(j.mean)}</td>
                    <td className={numericCell}>{labels.score(j.sd)}</td>
                    <td className={[numericCell, styles.deviation].join(' ')}>{d === null ? '—' : signed(d)}</td>
                    <td>
                      {d === null ? (
                        <span className={styles.muted}>{t('results.judges.noShared')}</span>
                      ) : (
                        flagged && (
                          <Badge tone={d < 0 ? 'danger' : 'warning'}>
                            {t(d < 0 ? 'results.judges.harsh' : 'results.judges.lenient')}
                          </Badge>
                        )
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <p className={styles.muted}>{t('results.judges.hint', { threshold: DEVIATION_FLAG })}</p>
        </>
      )}
    </Card>
  );
}

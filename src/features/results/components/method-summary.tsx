import { useTranslation } from 'react-i18next';
import type { Analysis } from '@/domain/results';
import { Details } from '@/components/ui/table';
import styles from './results-preview.module.css';

/** The competition's scoring settings, in words (as the engine applied them). */
export function MethodSummary({ config }: { config: Analysis['config'] }) {
  const { t } = useTranslation();
  const least = 2 * config.trim + 1;
  const aggregation =
    config.method === 'mean'
      ? t('results.method.mean')
      : config.method === 'median'
        ? t('results.method.median')
        : config.trim === 1
          ? t('results.method.trimmed', { least })
          : t('results.method.trimmedN', { trim: config.trim, least });
  return (
    <>
      <Details
        items={[
          { term: t('results.method.aggregation'), value: aggregation },
          {
            term: t('results.method.normalization'),
            value: t(config.normalization === 'zscore' ? 'results.method.zscore' : 'results.method.none'),
          },
          {
            term: t('results.method.minSheets'),
            value: t('results.method.minSheetsValue', { count: config.minSheets }),
          },
          {
            term: t('results.method.scope'),
            value: t(config.scope === 'track' ? 'results.method.track' : 'results.method.overall'),
          },
        ]}
      />
      <p className={styles.muted}>{t('results.method.tieBreak')}</p>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import type { StoredComputation } from '../api/advance-data';
import styles from './advance.module.css';

interface ComputationFactsProps {
  competitionId: string;
  fromRoundId: string;
  computation: StoredComputation | null;
}

/** The stored computation the cut comes from (when, which export), or the way to make one. */
export function ComputationFacts({ competitionId, fromRoundId, computation }: ComputationFactsProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const resultsLink = `${paths.organizerResults(competitionId)}?round=${encodeURIComponent(fromRoundId)}`;
  return (
    <Card title={t('advance.computation.title')}>
      {computation ? (
        <div className={styles.stack}>
          <dl className={styles.facts}>
            <dt>{t('advance.computation.at')}</dt>
            <dd data-testid="computed-at">{formatDateTime(computation.computedAt, language)}</dd>
            <dt>{t('advance.computation.hash')}</dt>
            <dd className={styles.hash}>{computation.exportSha256}</dd>
          </dl>
          <div>
            <Link to={resultsLink}>{t('advance.computation.recompute')}</Link>
          </div>
        </div>
      ) : (
        <div className={styles.stack}>
          <p>{t('advance.computation.missing')}</p>
          <div>
            <Link className={buttonClass('primary')} to={resultsLink}>
              {t('advance.computation.toResults')}
            </Link>
          </div>
        </div>
      )}
    </Card>
  );
}

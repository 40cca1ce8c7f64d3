import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import styles from './results-preview.module.css';

/** The engine refused the round's data: every problem line, as the engine wrote it. */
export function ProblemsAlert({ problems }: { problems: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      <p>
        <strong>{t('results.refused.title')}</strong>
      </p>
      <p>{t('results.refused.intro')}</p>
      <ul className={styles.problems} data-testid="problems">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </Alert>
  );
}

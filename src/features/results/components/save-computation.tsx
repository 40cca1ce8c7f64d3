import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { SaveErrorKind } from '../api/save-error';
import { useSaveComputation } from '../hooks/use-save-computation';
import styles from './results-preview.module.css';

const errorKey = {
  refused: 'results.save.refused',
  permission: 'results.save.permission',
  'not-found': 'results.save.notFound',
  network: 'results.save.network',
  unknown: 'results.save.unknown',
} as const satisfies Record<SaveErrorKind, string>;

/** Has the server compute and store the round's results (computeRoundResults). */
export function SaveComputation({ competitionId, roundId }: { competitionId: string; roundId: string }) {
  const { t } = useTranslation();
  const { state, save } = useSaveComputation(competitionId, roundId);
  const pending = state.status === 'pending';
  return (
    <div className={styles.save}>
      <p className={styles.muted}>{t('results.save.hint')}</p>
      <div>
        <Button pending={pending} onClick={() => void save()}>
          {t('results.save.button')}
        </Button>
      </div>
      {pending && (
        <p className={styles.muted} role="status">
          {t('results.save.pending')}
        </p>
      )}
      {state.status === 'success' && (
        <Alert tone="success">
          <p>{t('results.save.success', { sha: state.exportSha256.slice(0, 12) })}</p>
        </Alert>
      )}
      {state.status === 'error' && (
        <Alert tone="error">
          <p>
            <strong>{t('results.save.errorTitle')}</strong>
          </p>
          <p>{t(errorKey[state.error.kind])}</p>
          {state.error.problems.length > 0 && (
            <>
              <p>{t('results.save.problems')}</p>
              <ul className={styles.problems}>
                {state.error.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </div>
  );
}

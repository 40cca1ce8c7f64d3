import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import type { ActionState } from './use-action';
import styles from './fairness.module.css';

/** An action's progress (announced), success or refusal in words. */
export function ActionFeedback({ state, pending }: { state: ActionState; pending: string }) {
  const { t } = useTranslation();
  if (state.status === 'pending') {
    return (
      <p className={styles.muted} role="status">
        {pending}
      </p>
    );
  }
  if (state.status === 'success') {
    return (
      <Alert tone="success">
        <p>{state.message}</p>
      </Alert>
    );
  }
  if (state.status === 'error') {
    return (
      <Alert tone="error">
        <p>{t(`fairness.errors.${state.kind}`)}</p>
      </Alert>
    );
  }
  return null;
}

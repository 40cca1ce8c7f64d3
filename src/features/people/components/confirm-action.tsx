import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import styles from './people.module.css';

interface ConfirmActionProps {
  /** The button that asks. */
  label: string;
  /** What will happen, asked before doing it. */
  question: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Rejects with an already translated message to show. */
  onConfirm: () => Promise<void>;
  variant?: ButtonVariant;
}

/**
 * A destructive action asked twice, in place (no modal: it reads the same on
 * a phone and keeps the row in view); the outcome or failure shows beside it.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  pendingLabel,
  onConfirm,
  variant = 'secondary',
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'asking' | 'pending'>('idle');
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setState('pending');
    setError(null);
    try {
      await onConfirm();
      setState('idle');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setState('asking');
    }
  };

  if (state === 'idle') {
    return (
      <Button variant={variant} onClick={() => setState('asking')}>
        {label}
      </Button>
    );
  }
  return (
    <div className={styles.confirm} role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`}>{question}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className={styles.actions}>
        <Button pending={state === 'pending'} onClick={() => void confirm()}>
          {state === 'pending' ? pendingLabel : confirmLabel}
        </Button>
        <Button variant="ghost" disabled={state === 'pending'} onClick={() => setState('idle')}>
          {t('people.confirm.cancel')}
        </Button>
      </div>
    </div>
  );
}

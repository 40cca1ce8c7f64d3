import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import styles from './advance.module.css';

interface AdvanceConfirmProps {
  count: number;
  roundName: string;
  roadshow: boolean;
  /** The target round already has an advancement, which this replaces. */
  replaces: boolean;
  disabled: boolean;
  pending: boolean;
  onConfirm: () => void;
}

/** "Advance…", then a confirm step that says what will happen, then the call with its progress. */
export function AdvanceConfirm({
  count,
  roundName,
  roadshow,
  replaces,
  disabled,
  pending,
  onConfirm,
}: AdvanceConfirmProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) ref.current?.focus();
  }, [confirming]);

  if (count === 0) return <p className={styles.warningText}>{t('advance.confirm.none')}</p>;
  if (!confirming && !pending)
    return (
      <div className={styles.actions}>
        <Button disabled={disabled} onClick={() => setConfirming(true)}>
          {t('advance.confirm.button')}
        </Button>
      </div>
    );
  return (
    <div
      ref={ref}
      className={styles.confirm}
      role="group"
      aria-labelledby="advance-confirm-title"
      tabIndex={-1}
      data-testid="advance-confirm"
    >
      <p id="advance-confirm-title" className={styles.confirmTitle}>
        {t('advance.confirm.title')}
      </p>
      <p>{t('advance.confirm.body', { count, round: roundName })}</p>
      {roadshow && <p>{t('advance.confirm.roadshow')}</p>}
      {replaces && <p>{t('advance.confirm.replaces')}</p>}
      <div className={styles.actions}>
        <Button
          pending={pending}
          onClick={() => {
            setConfirming(false);
            onConfirm();
          }}
        >
          {t('advance.confirm.go')}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
          {t('advance.confirm.cancel')}
        </Button>
      </div>
      {pending && (
        <p className={styles.muted} role="status">
          {t('advance.confirm.pending')}
        </p>
      )}
    </div>
  );
}

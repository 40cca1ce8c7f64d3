import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { AssignRoundResult } from '../api/assign-round';
import styles from './assignment.module.css';

interface CommitPanelProps {
  preview: AssignRoundResult;
  /** The settings changed since the preview: it must be previewed again first. */
  stale: boolean;
  pending: boolean;
  onCommit: () => void;
}

/** "Commit…", then a confirm step that says what will change, then the call. */
export function CommitPanel({ preview, stale, pending, onCommit }: CommitPanelProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (stale) return <p className={styles.warningText}>{t('assignment.preview.stale')}</p>;
  if (!confirming && !pending)
    return (
      <div className={styles.actions}>
        <Button onClick={() => setConfirming(true)}>{t('assignment.commit.button')}</Button>
        <span className={styles.muted}>{t('assignment.preview.hint')}</span>
      </div>
    );
  return (
    <div
      ref={confirmRef}
      className={styles.confirm}
      role="group"
      aria-labelledby="assign-confirm-title"
      tabIndex={-1}
      data-testid="commit-confirm"
    >
      <p id="assign-confirm-title" className={styles.confirmTitle}>
        {t('assignment.commit.confirmTitle')}
      </p>
      <p>{t('assignment.commit.confirmBody', { added: preview.added.length, removed: preview.removed.length })}</p>
      <div className={styles.actions}>
        <Button pending={pending} onClick={onCommit}>
          {t('assignment.commit.confirm')}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setConfirming(false)}>
          {t('assignment.commit.cancel')}
        </Button>
      </div>
      {pending && (
        <p className={styles.muted} role="status">
          {t('assignment.commit.pending')}
        </p>
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import styles from './stage-phone.module.css';

/** Between teams (or before the first, or after the last): the phone waits for the stage. */
export function StageWaiting({
  roundName,
  state,
  offlineNote,
}: {
  roundName: string;
  state: 'not-started' | 'between' | 'revealed' | 'done';
  /** Said above the page while the phone has no network. */
  offlineNote?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.page} data-testid="phone-waiting" data-state={state}>
      {offlineNote}
      <header className={styles.header}>
        <p className={styles.eyebrow}>{roundName}</p>
        <h1 className={styles.title}>{t(`roadshow.phone.waiting.${state}.title`)}</h1>
      </header>
      <Card>
        <div className={styles.waiting}>
          <p role="status">{t(`roadshow.phone.waiting.${state}.body`)}</p>
        </div>
      </Card>
    </div>
  );
}

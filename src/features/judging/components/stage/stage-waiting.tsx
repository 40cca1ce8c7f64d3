import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import styles from './stage-phone.module.css';

/** Between teams (or before the first, or after the last): the phone waits for the stage. */
export function StageWaiting({
  roundName,
  state,
}: {
  roundName: string;
  state: 'not-started' | 'between' | 'revealed' | 'done';
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.page} data-testid="phone-waiting" data-state={state}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>{roundName}</p>
        <h1 className={styles.title}>{t(`roadshow.phone.waiting.${state}.title`)}</h1>
      </header>
      <Card>
        <div className={styles.waiting}>
          {state === 'done' ? (
            <p>{t(`roadshow.phone.waiting.${state}.body`)}</p>
          ) : (
            <Spinner label={t(`roadshow.phone.waiting.${state}.body`)} />
          )}
        </div>
      </Card>
    </div>
  );
}

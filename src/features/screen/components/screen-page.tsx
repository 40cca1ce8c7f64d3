import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ScreenLanguage, useScreenT } from './screen-language';
import { useScreenFeed } from '../hooks/use-screen-feed';
import { useScreenLanguage } from '../hooks/use-screen-language';
import { ScreenStage } from './screen-stage';
import styles from './screen.module.css';

/**
 * The big screen of a roadshow (/screen/:token): signed out, read-only, no
 * app shell. It follows the one feed document the stage control's functions
 * write, so it recovers by itself after a reload or a dropped connection in
 * whatever state the stage is in.
 */
export function ScreenPage({ token }: { token: string }) {
  const { language, ready } = useScreenLanguage();
  return (
    <ScreenLanguage.Provider value={language}>
      <main className={styles.screen} lang={language} data-testid="screen-page">
        {ready ? <ScreenContent token={token} /> : null}
      </main>
    </ScreenLanguage.Provider>
  );
}

function ScreenContent({ token }: { token: string }) {
  const { t } = useScreenT();
  const [attempt, setAttempt] = useState(0);
  const state = useScreenFeed(token, attempt);
  if (state.status === 'live') {
    return <ScreenStage feed={state.feed} offline={state.offline} clockOffsetMs={state.clockOffsetMs} />;
  }
  if (state.status === 'loading') {
    return (
      <p className={styles.message} role="status">
        {t('screen.connecting')}
      </p>
    );
  }
  const missing = state.status === 'missing';
  return (
    <div className={styles.message} data-testid={missing ? 'screen-unknown' : 'screen-error'}>
      <h1 className={styles.messageTitle}>{missing ? t('screen.unknown.title') : t('screen.failed.title')}</h1>
      <p>{missing ? t('screen.unknown.body') : t('screen.failed.body')}</p>
      {!missing && <Button onClick={() => setAttempt((n) => n + 1)}>{t('screen.failed.retry')}</Button>}
    </div>
  );
}

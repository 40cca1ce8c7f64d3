import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import styles from './auth-layout.module.css';

/** The frame of the signed-out pages: brand, language, one centred card. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <header className={styles.top}>
        <Brand />
        <LanguageSwitcher />
      </header>
      <p className={styles.tagline}>{t('app.tagline')}</p>
      <main id="main" className={styles.main}>
        <div className={styles.card}>{children}</div>
      </main>
    </div>
  );
}

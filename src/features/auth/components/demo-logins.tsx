import { useTranslation } from 'react-i18next';
import styles from './auth-form.module.css';

const JUDGES = Array.from({ length: 7 }, (_, i) => `judge${i + 1}@demo.local`);
const TEAMS = Array.from({ length: 76 }, (_, i) => `team${i + 1}@demo.local`);
const ORGANIZER = 'organizer@demo.local';

/** Development only: the seeded demo accounts, one click to fill the form. */
export function DemoLogins({ onPick }: { onPick: (email: string) => void }) {
  const { t } = useTranslation();
  const chip = (email: string) => (
    <button key={email} type="button" className={styles.chip} onClick={() => onPick(email)}>
      {email.replace('@demo.local', '')}
    </button>
  );
  return (
    <section className={styles.demo} aria-labelledby="demo-logins-title">
      <h2 id="demo-logins-title">{t('auth.demo.title')}</h2>
      <p className={styles.demoHint}>{t('auth.demo.hint')}</p>
      <div className={styles.demoGroup}>
        <span className={styles.demoLabel}>{t('auth.demo.organizer')}</span>
        {chip(ORGANIZER)}
      </div>
      <div className={styles.demoGroup}>
        <span className={styles.demoLabel}>{t('auth.demo.judges')}</span>
        {JUDGES.map(chip)}
      </div>
      <div className={styles.demoGroup}>
        <label className={styles.demoLabel} htmlFor="demo-team">
          {t('auth.demo.teams')}
        </label>
        <select
          id="demo-team"
          className={styles.select}
          value=""
          title={t('auth.demo.teamRangeHint')}
          onChange={(event) => event.target.value && onPick(event.target.value)}
        >
          <option value="">{t('auth.demo.teamRange')}</option>
          {TEAMS.map((email) => (
            <option key={email} value={email}>
              {email.replace('@demo.local', '')}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

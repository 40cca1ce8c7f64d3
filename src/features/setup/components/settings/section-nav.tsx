import { useTranslation } from 'react-i18next';
import { SETTINGS_SECTIONS } from '@/domain/settings';
import styles from './settings.module.css';

/** Links to each section of the page; they wrap onto more lines on a phone. */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav className={styles.nav} aria-label={t('setup.sections.navLabel')}>
      <ul>
        {SETTINGS_SECTIONS.map((s) => (
          <li key={s}>
            <a href={`#${s}`}>{t(`setup.sections.${s}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

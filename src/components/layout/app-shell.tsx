import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { UserMenu, type ShellUser } from './user-menu';
import styles from './app-shell.module.css';

export interface NavItem {
  to: string;
  label: string;
}

interface AppShellProps {
  /** Shown in a band under the header when inside a competition. */
  competitionTitle?: string;
  navItems?: NavItem[];
  user?: ShellUser | null;
  onSignOut?: () => Promise<void> | void;
  children: ReactNode;
}

/**
 * The page frame: header with product name, navigation, language and account,
 * then the page. Below 768px the navigation folds into a menu button.
 */
export function AppShell({ competitionTitle, navItems = [], user, onSignOut, children }: AppShellProps) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const panelId = useId();
  const close = () => setMenuOpen(false);

  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Brand />
          <button
            type="button"
            className={styles.menuButton}
            aria-expanded={menuOpen}
            aria-controls={panelId}
            aria-label={menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
            onClick={() => setMenuOpen((v) => !v)}
          >
            <span className={styles.menuIcon} aria-hidden="true" />
            <span aria-hidden="true">{t('nav.menu')}</span>
          </button>
          <div id={panelId} className={[styles.panel, menuOpen ? styles.panelOpen : ''].join(' ')}>
            <nav className={styles.nav} aria-label={t('nav.main')}>
              {navItems.length > 0 && (
                <ul className={styles.navList}>
                  {navItems.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to} end className={styles.navLink} onClick={close}>
                        {item.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              )}
            </nav>
            <LanguageSwitcher />
            {user && onSignOut && <UserMenu user={user} onSignOut={onSignOut} />}
          </div>
        </div>
        {competitionTitle && (
          <div className={styles.context}>
            <p className={styles.contextInner}>{competitionTitle}</p>
          </div>
        )}
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import styles from './user-menu.module.css';

export interface ShellUser {
  displayName: string;
  email: string;
}

interface UserMenuProps {
  user: ShellUser;
  onSignOut: () => Promise<void> | void;
}

/** The account button: who is signed in, and sign out. */
export function UserMenu({ user, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const name = user.displayName || user.email;

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const signOut = async () => {
    setSigningOut(true);
    try {
      await onSignOut();
    } finally {
      setSigningOut(false);
    }
  };

  return (
    <div className={styles.wrap} ref={wrapRef}>
      <button
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen((v) => !v)}
      >
        {/* The name read out is the visible one, with what the button is for before it. */}
        <span className="visually-hidden">{t('user.menu')} </span>
        <span className={styles.avatar} aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className={styles.name}>{name}</span>
        <span className={styles.caret} aria-hidden="true" />
      </button>
      {open && (
        <div id={popoverId} className={styles.popover}>
          <p className={styles.who}>
            {t('user.signedInAs')}
            <span className={styles.email}>{user.email}</span>
          </p>
          <Button variant="secondary" block pending={signingOut} onClick={() => void signOut()}>
            {signingOut ? t('user.signingOut') : t('user.signOut')}
          </Button>
        </div>
      )}
    </div>
  );
}

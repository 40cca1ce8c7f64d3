import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { InvitationQr } from './invitation-qr';
import styles from './people.module.css';

interface InvitationShareProps {
  link: string;
  /** Who the link is for (name or email), to name the link and its QR code. */
  who: string;
  /** Shows the QR code at once (just-created invitations); else behind a toggle. */
  qrOpen?: boolean;
}

/**
 * The link of a pending invitation: copy it (with the link itself selectable
 * when the clipboard is refused, e.g. over plain http or in WeChat's
 * browser) and a QR code to show or send on WeChat.
 */
export function InvitationShare({ link, who, qrOpen = false }: InvitationShareProps) {
  const { t } = useTranslation();
  const id = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [showQr, setShowQr] = useState(qrOpen);

  const onCopy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className={styles.share}>
      <div className={styles.actions}>
        <Button variant="secondary" onClick={() => void onCopy()} aria-describedby={`${id}-status`}>
          {copy === 'copied' ? t('people.share.copied') : t('people.share.copy')}
        </Button>
        <Button variant="ghost" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? t('people.share.hideQr') : t('people.share.showQr')}
        </Button>
      </div>
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {copy === 'copied' ? t('people.share.copied') : ''}
      </span>
      {copy === 'failed' && (
        <p className={styles.hint} role="alert">
          {t('people.share.copyFailed')}
        </p>
      )}
      <label className="visually-hidden" htmlFor={`${id}-link`}>
        {t('people.share.linkFor', { who })}
      </label>
      <input
        id={`${id}-link`}
        className={styles.link}
        readOnly
        value={link}
        data-testid="invitation-link"
        onFocus={(e) => e.currentTarget.select()}
      />
      {showQr && <InvitationQr link={link} who={who} />}
    </div>
  );
}

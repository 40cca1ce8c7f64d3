import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '@/components/ui/button';
import { useAsync } from '@/lib/async/use-async';
import styles from './publication.module.css';

/** The QR code renderer loads with the first code shown, not with the page. */
const qrDataUrl = async (link: string) => {
  const QRCode = await import('qrcode');
  return QRCode.toDataURL(link, { margin: 2, width: 240, errorCorrectionLevel: 'M' });
};

/**
 * The public results page: open it, copy its link (selectable by hand when
 * the clipboard is refused, as in WeChat's browser) or show its QR code to
 * post on WeChat. The page always shows the latest version, with the
 * earlier ones one click away.
 */
export function PublicLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [showQr, setShowQr] = useState(false);

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
      <label className={styles.label} htmlFor={`${id}-link`}>
        {t('publication.versions.linkLabel')}
      </label>
      <input
        id={`${id}-link`}
        className={styles.link}
        readOnly
        value={link}
        data-testid="public-link"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className={styles.actions}>
        <a className={buttonClass('secondary')} href={link} target="_blank" rel="noopener">
          {t('publication.versions.publicPage')}
        </a>
        <Button variant="secondary" onClick={() => void onCopy()} aria-describedby={`${id}-status`}>
          {copy === 'copied' ? t('publication.versions.copied') : t('publication.versions.copy')}
        </Button>
        <Button variant="ghost" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? t('publication.versions.hideQr') : t('publication.versions.showQr')}
        </Button>
      </div>
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {copy === 'copied' ? t('publication.versions.copied') : ''}
      </span>
      {copy === 'failed' && (
        <p className={styles.muted} role="alert">
          {t('publication.versions.copyFailed')}
        </p>
      )}
      {showQr && <PublicQr link={link} />}
    </div>
  );
}

function PublicQr({ link }: { link: string }) {
  const { t } = useTranslation();
  const qr = useAsync(link, () => qrDataUrl(link));
  if (qr.status === 'loading') return <p className={styles.muted}>{t('publication.versions.qrLoading')}</p>;
  if (qr.status === 'error') {
    return (
      <p className={styles.muted} role="alert">
        {t('publication.versions.qrFailed')}
      </p>
    );
  }
  return (
    <img
      className={styles.qr}
      src={qr.data}
      width={240}
      height={240}
      alt={t('publication.versions.qrAlt')}
      data-testid="public-qr"
    />
  );
}

import { useId, useState, type ReactNode } from 'react';
import { Button } from './button';
import { useAsync } from '@/lib/async/use-async';
import styles from './share-link.module.css';

/** What a share link says, in the words of the page that shows it. */
export interface ShareLinkStrings {
  copy: string;
  copied: string;
  copyFailed: string;
  showQr: string;
  hideQr: string;
  qrLoading: string;
  qrFailed: string;
  qrAlt: string;
}

interface ShareLinkProps {
  link: string;
  /** Names the link's field. */
  label: string;
  /**
   * The label only for screen readers; the buttons then lead and the field
   * follows them, there to select by hand when copying fails. A shown label
   * puts its field first, the buttons below it.
   */
  labelHidden?: boolean;
  strings: ShareLinkStrings;
  testIds: { link: string; qr: string };
  /** Shows the QR code at once; else behind a toggle. */
  qrOpen?: boolean;
  /** More actions before the copy button (e.g. open the page). */
  actions?: ReactNode;
}

/** The QR code renderer loads with the first code shown, not with the page. */
const qrDataUrl = async (link: string) => {
  const QRCode = await import('qrcode');
  return QRCode.toDataURL(link, { margin: 2, width: 240, errorCorrectionLevel: 'M' });
};

/**
 * A link to hand on: copy it (the link itself selectable when the clipboard
 * is refused, e.g. over plain http or in WeChat's browser) and a QR code to
 * show or send on WeChat. Shared by the invitation links and the public
 * results page's link.
 */
export function ShareLink({
  link,
  label,
  labelHidden = false,
  strings,
  testIds,
  qrOpen = false,
  actions,
}: ShareLinkProps) {
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

  const field = (
    <>
      <label className={labelHidden ? 'visually-hidden' : styles.label} htmlFor={`${id}-link`}>
        {label}
      </label>
      <input
        id={`${id}-link`}
        className={styles.link}
        readOnly
        value={link}
        data-testid={testIds.link}
        onFocus={(e) => e.currentTarget.select()}
      />
    </>
  );

  return (
    <div className={styles.share}>
      {!labelHidden && field}
      <div className={styles.actions}>
        {actions}
        <Button variant="secondary" onClick={() => void onCopy()} aria-describedby={`${id}-status`}>
          {copy === 'copied' ? strings.copied : strings.copy}
        </Button>
        <Button variant="ghost" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? strings.hideQr : strings.showQr}
        </Button>
      </div>
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {copy === 'copied' ? strings.copied : ''}
      </span>
      {copy === 'failed' && (
        <p className={styles.hint} role="alert">
          {strings.copyFailed}
        </p>
      )}
      {labelHidden && field}
      {showQr && <LinkQr link={link} strings={strings} testId={testIds.qr} />}
    </div>
  );
}

/** The link as a QR code image: long-press to save or forward it on WeChat. */
function LinkQr({ link, strings, testId }: { link: string; strings: ShareLinkStrings; testId: string }) {
  const qr = useAsync(link, () => qrDataUrl(link));
  if (qr.status === 'loading') return <p className={styles.hint}>{strings.qrLoading}</p>;
  if (qr.status === 'error') {
    return (
      <p className={styles.hint} role="alert">
        {strings.qrFailed}
      </p>
    );
  }
  return <img className={styles.qr} src={qr.data} width={240} height={240} alt={strings.qrAlt} data-testid={testId} />;
}

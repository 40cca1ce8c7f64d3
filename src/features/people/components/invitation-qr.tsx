import { useTranslation } from 'react-i18next';
import { useAsync } from '@/lib/async/use-async';
import styles from './people.module.css';

/** The QR code renderer loads with the first code shown, not with the page. */
const qrDataUrl = async (link: string) => {
  const QRCode = await import('qrcode');
  return QRCode.toDataURL(link, { margin: 2, width: 240, errorCorrectionLevel: 'M' });
};

/** A QR code of an invitation link, as an image: long-press to save or forward it on WeChat. */
export function InvitationQr({ link, who }: { link: string; who: string }) {
  const { t } = useTranslation();
  const qr = useAsync(link, () => qrDataUrl(link));
  if (qr.status === 'loading') return <p className={styles.hint}>{t('people.share.qrLoading')}</p>;
  if (qr.status === 'error') {
    return (
      <p className={styles.hint} role="alert">
        {t('people.share.qrFailed')}
      </p>
    );
  }
  return (
    <img
      className={styles.qr}
      src={qr.data}
      width={240}
      height={240}
      alt={t('people.share.qrAlt', { who })}
      data-testid="invitation-qr"
    />
  );
}

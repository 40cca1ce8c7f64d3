import { useTranslation } from 'react-i18next';
import { buttonClass } from '@/components/ui/button';
import { ShareLink } from '@/components/ui/share-link';

/**
 * The public results page: open it, copy its link or show its QR code to
 * post on WeChat. The page always shows the latest version, with the
 * earlier ones one click away.
 */
export function PublicLink({ link }: { link: string }) {
  const { t } = useTranslation();
  return (
    <ShareLink
      link={link}
      label={t('publication.versions.linkLabel')}
      strings={{
        copy: t('publication.versions.copy'),
        copied: t('publication.versions.copied'),
        copyFailed: t('publication.versions.copyFailed'),
        showQr: t('publication.versions.showQr'),
        hideQr: t('publication.versions.hideQr'),
        qrLoading: t('publication.versions.qrLoading'),
        qrFailed: t('publication.versions.qrFailed'),
        qrAlt: t('publication.versions.qrAlt'),
      }}
      testIds={{ link: 'public-link', qr: 'public-qr' }}
      actions={
        <a className={buttonClass('secondary')} href={link} target="_blank" rel="noopener">
          {t('publication.versions.publicPage')}
        </a>
      }
    />
  );
}

import { useTranslation } from 'react-i18next';
import { ShareLink } from '@/components/ui/share-link';

interface InvitationShareProps {
  link: string;
  /** Who the link is for (name or email), to name the link and its QR code. */
  who: string;
  /** Shows the QR code at once (just-created invitations); else behind a toggle. */
  qrOpen?: boolean;
}

/** The link of a pending invitation: copy it, or show its QR code to send on WeChat. */
export function InvitationShare({ link, who, qrOpen = false }: InvitationShareProps) {
  const { t } = useTranslation();
  return (
    <ShareLink
      link={link}
      label={t('people.share.linkFor', { who })}
      labelHidden
      strings={{
        copy: t('people.share.copy'),
        copied: t('people.share.copied'),
        copyFailed: t('people.share.copyFailed'),
        showQr: t('people.share.showQr'),
        hideQr: t('people.share.hideQr'),
        qrLoading: t('people.share.qrLoading'),
        qrFailed: t('people.share.qrFailed'),
        qrAlt: t('people.share.qrAlt', { who }),
      }}
      testIds={{ link: 'invitation-link', qr: 'invitation-qr' }}
      qrOpen={qrOpen}
    />
  );
}

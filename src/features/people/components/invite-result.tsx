import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { CreateInvitationsResult } from '../api/people-callables';
import { inviteLink } from '../lib/invite-link';
import { InvitationShare } from './invitation-share';
import styles from './people.module.css';

interface InviteResultProps {
  competitionId: string;
  result: CreateInvitationsResult;
  onDismiss: () => void;
}

/** What createInvitations made: a link and QR code per person, and who was skipped and why. */
export function InviteResult({ competitionId, result, onDismiss }: InviteResultProps) {
  const { t } = useTranslation();
  const { invitations, skipped } = result;
  return (
    <div className={styles.form} data-testid="invite-result">
      {invitations.length > 0 ? (
        <Alert tone="success">
          <p>{t('people.result.created', { count: invitations.length })}</p>
          <p>{t('people.result.shareHint')}</p>
        </Alert>
      ) : (
        <Alert tone="warning">{t('people.result.none')}</Alert>
      )}
      {invitations.length > 0 && (
        <ul className={styles.list}>
          {invitations.map((inv) => (
            <li key={inv.token} className={styles.item}>
              <p className={styles.person}>
                <span className={styles.name}>{inv.name || inv.email}</span>
                {inv.name && <span className={styles.email}>{inv.email}</span>}
              </p>
              <InvitationShare link={inviteLink(competitionId, inv.token)} who={inv.name || inv.email} />
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <section aria-label={t('people.result.skipped', { count: skipped.length })}>
          <h3 className={styles.subheading}>{t('people.result.skipped', { count: skipped.length })}</h3>
          <ul className={styles.plainList} data-testid="invite-skipped">
            {skipped.map((s) => (
              <li key={`${s.email}:${s.reason}`}>
                <span className={styles.email}>{s.email}</span> · {t(`people.result.skip.${s.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className={styles.actions}>
        <Button variant="secondary" onClick={onDismiss}>
          {t('people.result.dismiss')}
        </Button>
      </div>
    </div>
  );
}

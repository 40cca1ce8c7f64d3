import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { StatusPage } from '@/components/ui/status-page';
import { Details } from '@/components/ui/table';
import { DocumentTitle } from '@/components/layout/document-title';
import { invitationState, normalizeEmail, type Invitation } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useAsync } from '@/lib/async/use-async';
import { useSession } from '@/lib/auth/session-store';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import { getInvitation } from '../api/invitations';
import { AcceptInvitation } from './accept-invitation';
import styles from './people.module.css';

interface InvitePageProps {
  cid: string;
  token: string;
  /** Signs out and stays here, to sign in again with the invited email. */
  onSignOut: () => Promise<void>;
}

/**
 * `/invite/:cid/:token`: what the invitation is for, and the way to accept
 * it: sign in or up with the invited email (signed out), sign out (signed in
 * with another email), or accept.
 */
export function InvitePage({ cid, token, onSignOut }: InvitePageProps) {
  const { t } = useTranslation();
  const invitation = useAsync(`${cid}/${token}`, () => getInvitation(cid, token));
  return (
    <>
      <DocumentTitle page={t('people.accept.title')} />
      {invitation.status === 'loading' && <Spinner label={t('people.accept.loading')} />}
      {invitation.status === 'error' && <ErrorState error={invitation.error} onRetry={invitation.retry} />}
      {invitation.status === 'success' &&
        (invitation.data ? (
          <InvitationView invitation={invitation.data} onSignOut={onSignOut} />
        ) : (
          <StatusPage
            testId="invitation-unknown"
            title={t('people.accept.unknown.title')}
            body={<p>{t('people.accept.unknown.body')}</p>}
          />
        ))}
    </>
  );
}

function InvitationView({ invitation: inv, onSignOut }: { invitation: Invitation; onSignOut: () => Promise<void> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const session = useSession();
  const now = useNow();
  const state = invitationState(inv, now);
  const role = t(`people.accept.roleName.${inv.role}`);
  const expires = t('common.atBeijingTime', { date: formatDateTime(inv.expiresAt, language) });
  const title = pickLocalized(language, inv.competitionTitle, inv.competitionTitleEn);
  const mine = session.user && inv.acceptedBy === session.user.uid;

  if (state === 'revoked' || state === 'expired' || (state === 'accepted' && !mine)) {
    const which = state === 'accepted' ? 'used' : state;
    return (
      <StatusPage
        testId={`invitation-${which}`}
        title={t(`people.accept.${which}.title`)}
        body={
          <>
            <p className={styles.competitionName}>{title}</p>
            <p>{t(`people.accept.${which}.body`, { date: formatDateTime(inv.expiresAt, language) })}</p>
          </>
        }
      />
    );
  }
  if (state === 'accepted') {
    return (
      <StatusPage
        testId="invitation-mine"
        title={t('people.accept.mine.title')}
        body={
          <>
            <p className={styles.competitionName}>{title}</p>
            <p>{t('people.accept.mine.body', { role })}</p>
          </>
        }
        actions={
          <Link className={buttonClass('primary')} to={paths.roleHome(inv.competitionId, inv.role)}>
            {t('people.accept.mine.go')}
          </Link>
        }
      />
    );
  }

  return (
    <div className={styles.invite} data-testid="invitation-pending">
      <p className={styles.eyebrow}>{t('people.accept.title')}</p>
      <h1 className={styles.inviteTitle}>{t('people.accept.heading', { role })}</h1>
      <p className={styles.competitionName}>{title}</p>
      <Details
        items={[
          ...(inv.name ? [{ term: t('people.accept.name'), value: inv.name }] : []),
          { term: t('people.accept.role'), value: t(`people.role.${inv.role}`) },
          { term: t('people.accept.email'), value: inv.email },
          { term: t('people.accept.expires'), value: expires },
        ]}
      />
      {session.status === 'loading' && <Spinner />}
      {session.status === 'signed-out' && <SignedOut invitation={inv} />}
      {session.status === 'signed-in' &&
        session.user &&
        (normalizeEmail(session.user.email) === normalizeEmail(inv.email) ? (
          <AcceptInvitation invitation={inv} />
        ) : (
          <WrongAccount invited={inv.email} current={session.user.email} onSignOut={onSignOut} />
        ))}
    </div>
  );
}

function SignedOut({ invitation: inv }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const here = paths.invitation(inv.competitionId, inv.token);
  return (
    <>
      <p>{t('people.accept.signedOut', { email: inv.email })}</p>
      <div className={styles.actions}>
        <Link className={buttonClass('primary')} to={`${paths.signUp(here)}&email=${encodeURIComponent(inv.email)}`}>
          {t('people.accept.signUp')}
        </Link>
        <Link className={buttonClass('secondary')} to={`${paths.signIn(here)}&email=${encodeURIComponent(inv.email)}`}>
          {t('people.accept.signIn')}
        </Link>
      </div>
    </>
  );
}

function WrongAccount({
  invited,
  current,
  onSignOut,
}: {
  invited: string;
  current: string;
  onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  return (
    <>
      <Alert tone="warning">
        <p data-testid="invitation-wrong-email">{t('people.accept.wrongEmail', { invited, current })}</p>
      </Alert>
      <div className={styles.actions}>
        <Button
          variant="secondary"
          pending={pending}
          onClick={() => {
            setPending(true);
            void onSignOut().finally(() => setPending(false));
          }}
        >
          {pending ? t('people.accept.signingOut') : t('people.accept.signOut')}
        </Button>
      </div>
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Competition, Member } from '@/domain/model';
import { registrationWindow } from '@/domain/registration';
import { DocumentTitle } from '@/components/layout/document-title';
import { NotFoundContent } from '@/components/status-pages';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import { registerTeam } from '../../api/register-team';
import { useMyMembership, usePublicCompetition } from '../../hooks/use-public-competition';
import { SubmissionWindow, WindowBadge } from '../submission-window';
import { RegistrationForm } from './registration-form';
import styles from './registration.module.css';
import exploreStyles from '../explore.module.css';

interface TeamRegistrationProps {
  cid: string;
  /** The signed-in user (the route is for signed-in users only). */
  uid: string;
  email: string;
}

/**
 * `/explore/:cid/register`: the registration form for a public competition
 * whose window is open, or why there is none: the caller already registered
 * (with the way to their entry), takes part in another role, or the window
 * is not open. The server decides again on submit; this page only spares
 * people a form they cannot send.
 */
export function TeamRegistration({ cid, uid, email }: TeamRegistrationProps) {
  const loaded = usePublicCompetition(cid);
  const membership = useMyMembership(cid, uid);
  if (loaded.status === 'loading' || membership.status === 'loading') return <Skeleton lines={10} />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} onRetry={loaded.retry} />;
  if (!loaded.data) return <NotFoundContent />;
  // A failed membership read is not worth an error: registering is
  // idempotent, and the server refuses another role with its own message.
  const member = membership.status === 'success' ? membership.data : null;
  return <Registration competition={loaded.data} member={member} email={email} />;
}

function Registration({
  competition,
  member,
  email,
}: {
  competition: Competition;
  member: Member | null;
  email: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const now = useNow();
  const cid = competition.id;
  const title = pickLocalized(language, competition.title, competition.titleEn);
  const state = registrationWindow(competition, now);

  const header = (
    <>
      <DocumentTitle page={`${t('registration.title')} · ${title}`} />
      <p className={exploreStyles.back}>
        <Link to={paths.exploreCompetition(cid)}>{t('registration.back')}</Link>
      </p>
      <PageHeader eyebrow={title} title={t('registration.title')} meta={<WindowBadge state={state} />} />
    </>
  );

  if (member?.role === 'team') {
    const entryId = member.entryIds[0];
    return (
      <Notice testId="registration-already" header={header} title={t('registration.state.alreadyTeam')}>
        <p>{t('registration.state.alreadyTeamBody')}</p>
        <Link
          className={buttonClass('primary')}
          to={entryId ? paths.teamEntry(cid, entryId) : paths.roleHome(cid, 'team')}
        >
          {t('registration.state.goToEntry')}
        </Link>
      </Notice>
    );
  }
  if (member) {
    return (
      <Notice testId="registration-other-role" header={header} title={t('registration.state.otherRoleTitle')}>
        <p>{t('registration.state.otherRole', { role: t(`roles.${member.role}`) })}</p>
        <Link className={buttonClass('secondary')} to={paths.roleHome(cid, member.role)}>
          {t('registration.state.goToCompetition')}
        </Link>
      </Notice>
    );
  }
  if (state !== 'open') {
    const [heading, body] =
      state === 'closed'
        ? [
            t('registration.state.closedTitle'),
            t('registration.state.closed', { date: formatDateTime(competition.submissionDeadline, language) }),
          ]
        : state === 'not-yet'
          ? [
              t('registration.state.notYetTitle'),
              t('registration.state.notYet', { date: formatDateTime(competition.submissionOpensAt, language) }),
            ]
          : [t('registration.state.unavailableTitle'), t('registration.state.unavailable')];
    return (
      <Notice testId={`registration-${state}`} header={header} title={heading}>
        <p>{body}</p>
        <Link className={buttonClass('secondary')} to={paths.exploreCompetition(cid)}>
          {t('registration.back')}
        </Link>
      </Notice>
    );
  }

  return (
    <div data-testid="registration">
      {header}
      <div className={styles.layout}>
        <Card title={t('registration.windowHeading')} className={styles.aside}>
          <SubmissionWindow competition={competition} now={now} />
          <p className={styles.intro}>{t('registration.intro')}</p>
        </Card>
        <RegistrationForm
          competition={competition}
          email={email}
          register={registerTeam}
          onRegistered={(team) => void navigate(paths.teamEntry(cid, team.entryId))}
        />
      </div>
    </div>
  );
}

function Notice({
  header,
  title,
  testId,
  children,
}: {
  header: ReactNode;
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div data-testid={testId}>
      {header}
      <Card title={title} className={styles.notice}>
        <div className={styles.noticeBody}>{children}</div>
      </Card>
    </div>
  );
}

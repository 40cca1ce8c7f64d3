import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import type { RegistrationWindow } from '@/domain/registration';
import { buttonClass } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import { useMyMembership } from '../hooks/use-public-competition';
import styles from './explore.module.css';

/** Who is looking: the session, still being restored, or signed out. */
export type Viewer = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; uid: string };

interface RegisterActionProps {
  competition: Competition;
  state: RegistrationWindow;
  viewer: Viewer;
}

/**
 * The way in: "register a team" while the window is open (signed out: via
 * sign-up, which comes back to the registration page), or, for someone who
 * already takes part, a link to their home in the competition.
 */
export function RegisterAction({ competition, state, viewer }: RegisterActionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const cid = competition.id;
  const membership = useMyMembership(cid, viewer.status === 'signed-in' ? viewer.uid : null);

  if (viewer.status === 'loading' || (viewer.status === 'signed-in' && membership.status === 'loading')) {
    return <Skeleton lines={1} />;
  }

  // A failed membership read is not worth an error here: registering again
  // is harmless (the server hands an existing team its entry back).
  const member = membership.status === 'success' ? membership.data : null;
  if (member) {
    const isTeam = member.role === 'team';
    return (
      <div className={styles.action}>
        <p>
          {isTeam
            ? t('explore.detail.alreadyTeam')
            : t('explore.detail.otherRole', { role: t(`roles.${member.role}`) })}
        </p>
        <Link className={buttonClass(isTeam ? 'primary' : 'secondary')} to={paths.roleHome(cid, member.role)}>
          {isTeam ? t('explore.detail.goToEntry') : t('explore.detail.goToCompetition')}
        </Link>
      </div>
    );
  }

  if (state === 'not-yet') {
    return (
      <p className={styles.action}>
        {t('explore.detail.opensAt', { date: formatDateTime(competition.submissionOpensAt, language) })}
      </p>
    );
  }
  if (state !== 'open') {
    return (
      <p className={[styles.action, styles.muted].join(' ')}>
        {t(state === 'closed' ? 'explore.closed' : 'explore.notOpen')}
      </p>
    );
  }

  const register = paths.register(cid);
  if (viewer.status === 'signed-in') {
    return (
      <div className={styles.action}>
        <Link className={buttonClass('primary', true)} to={register}>
          {t('explore.detail.register')}
        </Link>
      </div>
    );
  }
  return (
    <div className={styles.action}>
      <Link className={buttonClass('primary', true)} to={paths.signUp(register)}>
        {t('explore.detail.register')}
      </Link>
      <p className={styles.hint}>{t('explore.detail.signUpHint')}</p>
      <p className={styles.hint}>
        {t('explore.detail.haveAccount')}{' '}
        <Link to={paths.signIn(register)}>{t('explore.detail.signInToRegister')}</Link>
      </p>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Invitation, Role } from '@/domain/model';
import { paths } from '@/lib/paths';
import { acceptInvitation } from '../api/people-callables';
import { toPeopleError } from '../api/people-error';
import styles from './people.module.css';

/** The invited account accepts: the function makes it a member, then the role's home opens. */
export function AcceptInvitation({ invitation: inv }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const message = (error: unknown): string => {
    const read = toPeopleError(error);
    if (read.kind === 'refused') {
      switch (read.reason) {
        case 'unknown':
        case 'revoked':
        case 'expired':
        case 'used':
          return t(`people.accept.refused.${read.reason}`);
        case 'wrong-email':
          return t('people.accept.refused.wrongEmail', { email: String(read.details.email ?? inv.email) });
        case 'already-member': {
          const role = read.details.role as Role | undefined;
          const name = role === 'team' ? t('roles.team') : role ? t(`people.accept.roleName.${role}`) : '';
          return t('people.accept.alreadyMember', { role: name });
        }
        default:
          return t('people.errors.other', { reason: read.reason });
      }
    }
    if (read.kind === 'network') return t('people.errors.network');
    if (read.kind === 'not-found') return t('people.accept.refused.unknown');
    return t('people.errors.unknown');
  };

  const accept = async () => {
    setPending(true);
    setFailure(null);
    try {
      const { competitionId, role } = await acceptInvitation({ competitionId: inv.competitionId, token: inv.token });
      await navigate(paths.roleHome(competitionId, role));
    } catch (error) {
      setFailure(message(error));
      setPending(false);
    }
  };

  return (
    <>
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className={styles.actions}>
        <Button pending={pending} onClick={() => void accept()}>
          {pending ? t('people.accept.accepting') : t('people.accept.accept')}
        </Button>
      </div>
    </>
  );
}

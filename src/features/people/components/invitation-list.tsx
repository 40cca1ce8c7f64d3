import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { Skeleton } from '@/components/ui/skeleton';
import { invitationState, type Invitation, type InvitationState } from '@/domain/model';
import { useLanguage } from '@/i18n/use-language';
import { usePaginated } from '@/lib/async/use-paginated';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { listInvitations } from '../api/invitations';
import { revokeInvitation } from '../api/people-callables';
import { usePeopleErrorMessage } from '../hooks/use-people-error';
import { inviteLink } from '../lib/invite-link';
import { ConfirmAction } from './confirm-action';
import { InvitationShare } from './invitation-share';
import styles from './people.module.css';

const stateTone: Record<InvitationState, BadgeTone> = {
  pending: 'primary',
  expired: 'warning',
  accepted: 'success',
  revoked: 'neutral',
};

interface InvitationListProps {
  competitionId: string;
  /** Organizer invitations are revoked by the owner only. */
  isOwner: boolean;
  /** Changes when invitations were created, to read the list again. */
  version: number;
}

/** The competition's invitations, newest first, a page at a time. */
export function InvitationList({ competitionId, isOwner, version }: InvitationListProps) {
  const { t } = useTranslation();
  const [refresh, setRefresh] = useState(0);
  // Revoked here: shown at once, without reading the page again.
  const [revoked, setRevoked] = useState<Record<string, number>>({});
  const list = usePaginated(`${competitionId}#${version}#${refresh}`, (cursor) =>
    listInvitations(competitionId, cursor),
  );
  const now = useNow();

  return (
    <Card
      title={t('people.list.title')}
      aside={
        <Button variant="ghost" onClick={() => setRefresh((n) => n + 1)}>
          {t('people.list.refresh')}
        </Button>
      }
    >
      {list.status === 'loading' && <Skeleton lines={3} />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.status === 'success' && list.items.length === 0 && <p className={styles.hint}>{t('people.list.empty')}</p>}
      {list.items.length > 0 && (
        <ul className={styles.list} data-testid="invitation-list">
          {list.items.map((inv) => {
            const revokedAt = revoked[inv.token];
            const shown: Invitation = revokedAt ? { ...inv, status: 'revoked', revokedAt } : inv;
            return (
              <InvitationItem
                key={inv.token}
                invitation={shown}
                now={now}
                canRevoke={inv.role === 'judge' || isOwner}
                onRevoked={(at) => setRevoked((r) => ({ ...r, [inv.token]: at }))}
              />
            );
          })}
        </ul>
      )}
      <PaginatedLoadMore list={list} />
    </Card>
  );
}

interface InvitationItemProps {
  invitation: Invitation;
  now: number;
  canRevoke: boolean;
  onRevoked: (at: number) => void;
}

function InvitationItem({ invitation: inv, now, canRevoke, onRevoked }: InvitationItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorMessage = usePeopleErrorMessage();
  const state = invitationState(inv, now);
  const date = (ms: number | null) => formatDateTime(ms ?? 0, language);
  const when =
    state === 'pending'
      ? t('people.list.expires', { date: date(inv.expiresAt) })
      : state === 'expired'
        ? t('people.list.expired', { date: date(inv.expiresAt) })
        : state === 'accepted'
          ? t('people.list.accepted', { date: date(inv.acceptedAt) })
          : t('people.list.revokedAt', { date: date(inv.revokedAt) });

  const revoke = async () => {
    try {
      await revokeInvitation({ competitionId: inv.competitionId, token: inv.token });
      onRevoked(Date.now());
    } catch (error) {
      throw new Error(errorMessage(error));
    }
  };

  return (
    <li className={styles.item} data-testid="invitation" data-email={inv.email} data-state={state}>
      <div className={styles.itemHead}>
        <p className={styles.person}>
          <span className={styles.name}>{inv.name || inv.email}</span>
          {inv.name && <span className={styles.email}>{inv.email}</span>}
        </p>
        <span className={styles.badges}>
          <Badge>{t(`people.role.${inv.role}`)}</Badge>
          <Badge tone={stateTone[state]}>{t(`people.list.state.${state}`)}</Badge>
        </span>
      </div>
      <p className={styles.hint}>{when}</p>
      {state === 'pending' && (
        <>
          <InvitationShare link={inviteLink(inv.competitionId, inv.token)} who={inv.name || inv.email} />
          {canRevoke && (
            <div className={styles.actions}>
              <ConfirmAction
                label={t('people.list.revoke')}
                question={t('people.list.revokeConfirm', { email: inv.email })}
                confirmLabel={t('people.list.revokeYes')}
                pendingLabel={t('people.list.revoking')}
                onConfirm={revoke}
                variant="ghost"
              />
            </div>
          )}
        </>
      )}
    </li>
  );
}

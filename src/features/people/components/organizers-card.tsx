import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { Member } from '@/domain/model';
import { useAsync } from '@/lib/async/use-async';
import { listOrganizers } from '../api/members';
import { removeMember, transferOwnership } from '../api/people-callables';
import { usePeopleErrorMessage } from '../hooks/use-people-error';
import { ConfirmAction } from './confirm-action';
import styles from './people.module.css';

interface OrganizersCardProps {
  competitionId: string;
  ownerUid: string;
  myUid: string;
  /** After a hand-over: the page's idea of the owner changes at once. */
  onOwnerChanged: (uid: string) => void;
}

/** The organizers, the owner marked; the owner removes others and hands ownership on. */
export function OrganizersCard({ competitionId, ownerUid, myUid, onOwnerChanged }: OrganizersCardProps) {
  const { t } = useTranslation();
  const errorMessage = usePeopleErrorMessage();
  const organizers = useAsync(competitionId, () => listOrganizers(competitionId));
  const [removed, setRemoved] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const isOwner = ownerUid === myUid;

  const act = (run: () => Promise<unknown>, done: () => void) => async () => {
    try {
      await run();
      done();
    } catch (error) {
      throw new Error(errorMessage(error));
    }
  };

  const nameOf = (m: Member) => m.displayName || m.email;
  return (
    <Card title={t('people.organizers.title')}>
      <p className={styles.cardIntro}>{t('people.organizers.ownerHint')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      {organizers.status === 'loading' && <Skeleton lines={2} />}
      {organizers.status === 'error' && <ErrorState error={organizers.error} onRetry={organizers.retry} />}
      {organizers.status === 'success' && (
        <ul className={styles.list} data-testid="organizer-list">
          {organizers.data
            .filter((m) => !removed.includes(m.uid))
            .map((m) => (
              <li key={m.uid} className={styles.item} data-testid="organizer" data-email={m.email}>
                <div className={styles.itemHead}>
                  <p className={styles.person}>
                    <span className={styles.name}>{nameOf(m)}</span>
                    <span className={styles.email}>{m.email}</span>
                  </p>
                  <span className={styles.badges}>
                    {m.uid === ownerUid && <Badge tone="primary">{t('people.organizers.owner')}</Badge>}
                    {m.uid === myUid && <Badge>{t('people.organizers.you')}</Badge>}
                  </span>
                </div>
                {isOwner && m.uid !== ownerUid && (
                  <div className={styles.actions}>
                    <ConfirmAction
                      label={t('people.organizers.transfer')}
                      question={t('people.organizers.transferConfirm', { name: nameOf(m) })}
                      confirmLabel={t('people.organizers.transferYes')}
                      pendingLabel={t('people.organizers.transferring')}
                      onConfirm={act(
                        () => transferOwnership({ competitionId, uid: m.uid }),
                        () => {
                          setNotice(t('people.organizers.transferred', { name: nameOf(m) }));
                          onOwnerChanged(m.uid);
                        },
                      )}
                    />
                    <ConfirmAction
                      label={t('people.organizers.remove')}
                      question={t('people.organizers.removeConfirm', { name: nameOf(m) })}
                      confirmLabel={t('people.organizers.removeYes')}
                      pendingLabel={t('people.organizers.removing')}
                      variant="ghost"
                      onConfirm={act(
                        () => removeMember({ competitionId, uid: m.uid }),
                        () => {
                          setRemoved((r) => [...r, m.uid]);
                          setNotice(t('people.organizers.removed', { name: nameOf(m) }));
                        },
                      )}
                    />
                  </div>
                )}
              </li>
            ))}
        </ul>
      )}
    </Card>
  );
}

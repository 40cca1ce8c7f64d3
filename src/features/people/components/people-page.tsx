import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DocumentTitle } from '@/components/layout/document-title';
import type { Competition, Member } from '@/domain/model';
import { paths } from '@/lib/paths';
import type { CreateInvitationsResult } from '../api/people-callables';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';
import { InviteResult } from './invite-result';
import { JudgesCard } from './judges-card';
import { OrganizersCard } from './organizers-card';
import styles from './people.module.css';

/** `/c/:cid/organizer/people`: invite by link, the invitations, the organizers and the judges. */
export function PeoplePage({ competition, member }: { competition: Competition; member: Member }) {
  const { t } = useTranslation();
  // The owner as this page last knew it (a hand-over here changes it at once).
  const [ownerUid, setOwnerUid] = useState(competition.ownerUid);
  const [result, setResult] = useState<CreateInvitationsResult | null>(null);
  const [version, setVersion] = useState(0);
  const isOwner = ownerUid === member.uid;

  return (
    <div className={styles.page}>
      <DocumentTitle page={t('people.title')} />
      <PageHeader
        title={t('people.title')}
        eyebrow={
          <Link className={styles.back} to={paths.roleHome(competition.id, 'organizer')}>
            {t('people.backToOverview')}
          </Link>
        }
        meta={<p>{t('people.intro')}</p>}
      />
      <div className={styles.columns}>
        <Card title={t('people.invite.title')} className={styles.inviteCard}>
          {result ? (
            <InviteResult competitionId={competition.id} result={result} onDismiss={() => setResult(null)} />
          ) : (
            <InviteForm
              competitionId={competition.id}
              isOwner={isOwner}
              onCreated={(created) => {
                setResult(created);
                setVersion((v) => v + 1);
              }}
            />
          )}
        </Card>
        <InvitationList competitionId={competition.id} isOwner={isOwner} version={version} />
        <OrganizersCard
          competitionId={competition.id}
          ownerUid={ownerUid}
          myUid={member.uid}
          onOwnerChanged={setOwnerUid}
        />
        <JudgesCard competition={competition} />
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { EntryIdentity } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { Details } from '@/components/ui/table';
import styles from './entry-admin.module.css';

/** Who the team is: organizers only (rules never let a judge read entryIdentities). */
export function IdentityCard({ identity }: { identity: EntryIdentity | null }) {
  const { t } = useTranslation();
  const value = (text: string) => text || <span className={styles.muted}>{t('entryAdmin.detail.empty')}</span>;
  return (
    <Card title={t('entryAdmin.detail.identity')}>
      <div className={styles.sectionBody} data-testid="identity">
        <p className={styles.note}>{t('entryAdmin.detail.identityHint')}</p>
        {!identity ? (
          <p>{t('entryAdmin.detail.noIdentity')}</p>
        ) : (
          <Details
            items={[
              { term: t('entryAdmin.detail.fields.teamName'), value: value(identity.teamName) },
              { term: t('entryAdmin.detail.fields.organization'), value: value(identity.organization) },
              { term: t('entryAdmin.detail.fields.creditCode'), value: value(identity.creditCode) },
              { term: t('entryAdmin.detail.fields.contactName'), value: value(identity.contactName) },
              {
                term: t('entryAdmin.detail.fields.contactPhone'),
                value: identity.contactPhone ? (
                  <a href={`tel:${identity.contactPhone}`}>{identity.contactPhone}</a>
                ) : (
                  value('')
                ),
              },
              {
                term: t('entryAdmin.detail.fields.contactEmail'),
                value: identity.contactEmail ? (
                  <a href={`mailto:${identity.contactEmail}`}>{identity.contactEmail}</a>
                ) : (
                  value('')
                ),
              },
              {
                term: t('entryAdmin.detail.members'),
                value:
                  identity.members.length === 0 ? (
                    value('')
                  ) : (
                    <ul className={styles.memberList}>
                      {identity.members.map((m, i) => (
                        <li key={i}>
                          {m.role
                            ? t('entryAdmin.detail.member', { name: m.name, role: m.role })
                            : t('entryAdmin.detail.memberNoRole', { name: m.name })}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        )}
      </div>
    </Card>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { OrganizerPageHeader } from '@/components/layout/organizer-page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useAsync } from '@/lib/async/use-async';
import { usePaginated } from '@/lib/async/use-paginated';
import { COMPETITION_TIME_ZONE } from '@/lib/format/date';
import { listAuditEvents, type AuditFilter } from '../api/audit-events';
import { loadStaff, type AuditPerson } from '../api/audit-people';
import { useAuditNames } from '../hooks/use-audit-names';
import { AuditEventRow, type RowLookups } from './audit-event-row';
import { AuditFilters } from './audit-filters';
import styles from './audit-log.module.css';

const NO_STAFF: AuditPerson[] = [];
const filterKey = (f: AuditFilter) =>
  f.kind === 'type' ? `type:${f.type}` : f.kind === 'person' ? `person:${f.uid}` : 'all';

/**
 * The competition's audit trail for organizers: events newest first, 50 at
 * a time with "load more", filtered by action or by person; each with its
 * Beijing time, who, what and its data in words.
 */
export function AuditLogPage({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [filter, setFilter] = useState<AuditFilter>({ kind: 'all' });
  const staffState = useAsync(`audit-staff:${competition.id}`, () => loadStaff(competition.id));
  const staff = staffState.status === 'success' ? staffState.data : NO_STAFF;
  const list = usePaginated(`${competition.id}:${filterKey(filter)}`, (cursor) =>
    listAuditEvents(competition.id, filter, cursor),
  );
  const names = useAuditNames(competition.id, staff, list.items);

  const time = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: COMPETITION_TIME_ZONE,
    hourCycle: 'h23',
  });
  const look: RowLookups = {
    time: (v) => time.format(typeof v === 'number' ? v : new Date(v)),
    roundName: (id) => {
      const round = competition.rounds.find((r) => r.id === id);
      return round ? pickLocalized(language, round.name, round.nameEn) : id;
    },
    entryCode: (id) => names.entryCode(id) ?? id,
    personName: (uid) => names.personName(uid) ?? uid,
    knownName: names.personName,
  };

  return (
    <div className={styles.page} data-testid="audit-log-page">
      <OrganizerPageHeader
        competition={competition}
        title={t('auditLog.title')}
        backLabel={t('auditLog.backToOverview')}
      />
      <Card title={t('auditLog.filters')}>
        <div className={styles.stack}>
          <p className={styles.muted}>{t('auditLog.intro')}</p>
          <AuditFilters filter={filter} staff={staff} onChange={setFilter} />
        </div>
      </Card>
      <Card>
        {list.status === 'loading' && (
          <div className={styles.stack} aria-busy="true">
            <p className={styles.muted} role="status">
              {t('auditLog.loading')}
            </p>
            <Skeleton lines={6} />
          </div>
        )}
        {list.status === 'error' && <ErrorState error={list.error} onRetry={list.retry} />}
        {list.status === 'success' && list.items.length === 0 && (
          <p className={styles.muted}>{t(filter.kind === 'all' ? 'auditLog.empty' : 'auditLog.emptyFiltered')}</p>
        )}
        {list.items.length > 0 && (
          <div className={styles.stack}>
            <p className={styles.muted}>{t('auditLog.count', { count: list.items.length })}</p>
            <ol className={styles.events} data-testid="audit-events">
              {list.items.map((event) => (
                <AuditEventRow key={event.id} event={event} look={look} />
              ))}
            </ol>
            <PaginatedLoadMore list={list} />
          </div>
        )}
      </Card>
    </div>
  );
}

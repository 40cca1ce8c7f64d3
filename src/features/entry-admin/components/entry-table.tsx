import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '@/components/ui/table';
import { paths } from '@/lib/paths';
import { useListVirtualizer } from '../hooks/use-list-virtualizer';
import type { AdminRow } from '../lib/entry-rows';
import { EntryStatusBadge } from './entry-status-badge';
import styles from './entry-admin.module.css';

interface EntryListProps {
  cid: string;
  rows: readonly AdminRow[];
  trackName: (trackId: string) => string;
}

const COLUMNS = 7;

/** Desktop: a table of the entries, only the rows near the screen in the DOM. */
export function EntryTable({ cid, rows, trackName }: EntryListProps) {
  const { t } = useTranslation();
  const { start, items, measure, before, after } = useListVirtualizer<HTMLTableSectionElement>(rows.length, 49);
  return (
    <Table className={styles.table} aria-label={t('entryAdmin.list')} aria-rowcount={rows.length + 1}>
      <colgroup>
        <col className={styles.colCode} />
        <col className={styles.colTrack} />
        <col className={styles.colStatus} />
        <col />
        <col className={styles.colTeam} />
        <col className={styles.colOrganization} />
        <col className={styles.colContact} />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{t('entryAdmin.columns.code')}</th>
          <th scope="col">{t('entryAdmin.columns.track')}</th>
          <th scope="col">{t('entryAdmin.columns.status')}</th>
          <th scope="col">{t('entryAdmin.columns.title')}</th>
          <th scope="col">{t('entryAdmin.columns.team')}</th>
          <th scope="col">{t('entryAdmin.columns.organization')}</th>
          <th scope="col">{t('entryAdmin.columns.contact')}</th>
        </tr>
      </thead>
      <tbody ref={start}>
        {before > 0 && (
          <tr className={styles.spacer} aria-hidden="true">
            <td colSpan={COLUMNS} style={{ height: before }} />
          </tr>
        )}
        {items.map((item) => {
          const { entry, identity } = rows[item.index]!;
          const to = paths.organizerEntry(cid, entry.id);
          return (
            <tr
              key={entry.id}
              ref={measure}
              data-index={item.index}
              aria-rowindex={item.index + 2}
              data-testid="entry-row"
              data-status={entry.status}
              data-track={entry.trackId}
            >
              <td className={styles.code}>{entry.code}</td>
              <td>{trackName(entry.trackId)}</td>
              <td>
                <EntryStatusBadge status={entry.status} />
              </td>
              <td>
                <Link to={to}>{entry.title || t('entryAdmin.untitled')}</Link>
              </td>
              <td>{identity?.teamName}</td>
              <td>{identity?.organization}</td>
              <td>{identity?.contactName}</td>
            </tr>
          );
        })}
        {after > 0 && (
          <tr className={styles.spacer} aria-hidden="true">
            <td colSpan={COLUMNS} style={{ height: after }} />
          </tr>
        )}
      </tbody>
    </Table>
  );
}

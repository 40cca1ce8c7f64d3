import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import type { EntryEvent } from '../api/entry-detail';
import styles from './entry-admin.module.css';

const KNOWN = [
  'registered',
  'submitted',
  'reopened',
  'withdrawn',
  'disqualified',
  'reinstated',
  'deckRemoved',
  'fileRemoved',
  'imageRemoved',
] as const;
type Known = (typeof KNOWN)[number];

const knownType = (type: string): Known | null => {
  const name = type.replace(/^entry\./, '');
  return KNOWN.includes(name as Known) ? (name as Known) : null;
};

interface HistoryCardProps {
  events: readonly EntryEvent[];
  names: Record<string, string>;
  teamUids: readonly string[];
}

/** The entry's audit trail, newest first: who did what when, with the reason of each eligibility decision. */
export function HistoryCard({ events, names, teamUids }: HistoryCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const who = (uid: string) =>
    names[uid] ?? (teamUids.includes(uid) ? t('entryAdmin.history.team') : t('entryAdmin.history.someone'));
  return (
    <Card title={t('entryAdmin.history.title')}>
      {events.length === 0 ? (
        <p className={styles.muted}>{t('entryAdmin.history.empty')}</p>
      ) : (
        <ol className={styles.history} data-testid="history">
          {events.map((event) => {
            const known = knownType(event.type);
            const reason = typeof event.data.reason === 'string' ? event.data.reason : '';
            return (
              <li key={event.id} className={styles.historyItem} data-type={event.type}>
                <div className={styles.historyHead}>
                  <span className={styles.historyType}>
                    {known
                      ? t(`entryAdmin.history.types.${known}`)
                      : t('entryAdmin.history.types.other', { type: event.type })}
                  </span>
                  <span className={styles.historyMeta}>
                    {event.at > 0 && t('common.atBeijingTime', { date: formatDateTime(event.at, language) })}
                    {' · '}
                    {who(event.actorUid)}
                  </span>
                </div>
                {reason && <p className={styles.prewrap}>{t('entryAdmin.history.reason', { reason })}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@/domain/model';
import { isKnownType, AUDIT_TYPES } from '../lib/event-types';
import { sheetParts } from '../lib/references';
import { summarizeData, type KnownField, type SummaryLookups } from '../lib/summarize';
import styles from './audit-log.module.css';

const isScope = (v: string): v is 'overall' | 'track' => v === 'overall' || v === 'track';

export interface RowLookups extends SummaryLookups {
  /** A person's name, or null when unknown. */
  knownName: (uid: string) => string | null;
}

/** One event: when (Beijing time), who, what to what, and its data in words. */
export function AuditEventRow({ event, look }: { event: AuditEvent; look: RowLookups }) {
  const { t } = useTranslation();
  const who = event.actorUid
    ? (look.knownName(event.actorUid) ?? t('auditLog.unknownPerson', { uid: event.actorUid }))
    : t('auditLog.system');
  const what = isKnownType(event.type) ? t(`auditLog.types.${AUDIT_TYPES[event.type]}`) : event.type;
  const lines = summarizeData(event.data, look);
  const subject = useSubjectText(event, look);
  return (
    <li className={styles.event} data-type={event.type}>
      <div className={styles.head}>
        <time className={styles.time} dateTime={new Date(event.at).toISOString()}>
          {look.time(event.at)}
        </time>
        <span className={styles.who}>{who}</span>
      </div>
      <p className={styles.what}>
        <span className={styles.type}>{what}</span>
        {subject && <> · {subject}</>}
      </p>
      {lines.length > 0 && (
        <dl className={styles.data}>
          {lines.map((line) => (
            <div key={line.key} style={{ display: 'contents' }}>
              <dt>{line.known ? t(`auditLog.fields.${line.key as KnownField}`) : line.key}</dt>
              <dd>{line.key === 'scope' && isScope(line.value) ? t(`auditLog.scopes.${line.value}`) : line.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

/** The subject in words: the round's name, the entry's code, the sheet's round, judge and entry… */
function useSubjectText(event: AuditEvent, look: RowLookups): string {
  const { t } = useTranslation();
  const { kind, id } = event.subject;
  const code = (entryId: string) =>
    (typeof event.data.code === 'string' && event.subject.id === entryId ? event.data.code : null) ??
    look.entryCode(entryId);
  switch (kind) {
    case 'competition':
      return t('auditLog.subjects.competition');
    case 'round':
      return t('auditLog.subjects.round', { name: look.roundName(id) });
    case 'entry':
      return t('auditLog.subjects.entry', { code: code(id) });
    case 'sheet': {
      const parts = sheetParts(id);
      if (!parts) return t('auditLog.subjects.other', { kind, id });
      return t('auditLog.subjects.sheet', {
        round: look.roundName(parts.roundId),
        judge: look.personName(parts.judgeUid),
        code: look.entryCode(parts.entryId),
      });
    }
    case 'member':
      return t('auditLog.subjects.member', { name: look.personName(id) });
    case 'invitation':
      return t('auditLog.subjects.invitation');
    case 'objection':
      return t('auditLog.subjects.objection');
    case 'version':
      return t('auditLog.subjects.version', { id });
    case '':
      return '';
    default:
      return t('auditLog.subjects.other', { kind, id });
  }
}

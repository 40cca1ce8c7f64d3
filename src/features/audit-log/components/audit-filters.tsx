import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../api/audit-events';
import type { AuditPerson } from '../api/audit-people';
import { AUDIT_TYPES, type KnownAuditType } from '../lib/event-types';
import styles from './audit-log.module.css';

interface AuditFiltersProps {
  filter: AuditFilter;
  staff: readonly AuditPerson[];
  onChange: (filter: AuditFilter) => void;
}

/** By action type or by person (organizers and judges by name), one at a time. */
export function AuditFilters({ filter, staff, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const typeId = useId();
  const personId = useId();
  const types = (Object.keys(AUDIT_TYPES) as KnownAuditType[])
    .map((type) => ({ type, label: t(`auditLog.types.${AUDIT_TYPES[type]}`) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const byName = (a: AuditPerson, b: AuditPerson) => a.name.localeCompare(b.name);
  const organizers = staff.filter((p) => p.role === 'organizer').sort(byName);
  const judges = staff.filter((p) => p.role === 'judge').sort(byName);
  return (
    <div className={styles.stack}>
      <div className={styles.filters}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={typeId}>
            {t('auditLog.type')}
          </label>
          <select
            id={typeId}
            className={styles.select}
            value={filter.kind === 'type' ? filter.type : ''}
            onChange={(e) => onChange(e.target.value ? { kind: 'type', type: e.target.value } : { kind: 'all' })}
          >
            <option value="">{t('auditLog.allTypes')}</option>
            {types.map(({ type, label }) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={personId}>
            {t('auditLog.person')}
          </label>
          <select
            id={personId}
            className={styles.select}
            value={filter.kind === 'person' ? filter.uid : ''}
            onChange={(e) => onChange(e.target.value ? { kind: 'person', uid: e.target.value } : { kind: 'all' })}
          >
            <option value="">{t('auditLog.everyone')}</option>
            {organizers.length > 0 && (
              <optgroup label={t('auditLog.organizers')}>
                {organizers.map((p) => (
                  <option key={p.uid} value={p.uid}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            )}
            {judges.length > 0 && (
              <optgroup label={t('auditLog.judges')}>
                {judges.map((p) => (
                  <option key={p.uid} value={p.uid}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
      </div>
      <p className={styles.muted}>{t('auditLog.oneFilter')}</p>
    </div>
  );
}

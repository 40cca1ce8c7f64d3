import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, EntryStatus } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { EntryEvent } from '../api/entry-detail';
import type { EligibilityAction } from '../api/set-eligibility';
import { EligibilityDialog } from './eligibility-dialog';
import { EntryStatusBadge } from './entry-status-badge';
import styles from './entry-admin.module.css';

interface EligibilityCardProps {
  cid: string;
  entry: Entry;
  events: readonly EntryEvent[];
  /** The decision went through: read the entry again. */
  onChanged: (status: EntryStatus) => void;
  /** What the last decision made of the entry (shown until the page reloads). */
  done: EntryStatus | null;
}

/** The entry's status, and disqualify / reinstate with a reason. */
export function EligibilityCard({ cid, entry, events, onChanged, done }: EligibilityCardProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const action: EligibilityAction | null =
    entry.status === 'disqualified'
      ? 'reinstate'
      : entry.status === 'draft' || entry.status === 'submitted'
        ? 'disqualify'
        : null;
  // The reason of the decision in force: the newest disqualification.
  const latest = events.find((e) => e.type === 'entry.disqualified');
  const reason = typeof latest?.data.reason === 'string' ? latest.data.reason : '';

  return (
    <Card title={t('entryAdmin.eligibility.title')} aside={<EntryStatusBadge status={entry.status} />}>
      <div className={styles.sectionBody} data-testid="eligibility">
        {done && <Alert tone="success">{t(`entryAdmin.eligibility.done.${done}`)}</Alert>}
        {entry.status === 'disqualified' && (
          <Alert tone="warning">
            <p>{t('entryAdmin.eligibility.disqualifiedNote')}</p>
            {reason && <p className={styles.prewrap}>{t('entryAdmin.eligibility.latestReason', { reason })}</p>}
          </Alert>
        )}
        {entry.status === 'withdrawn' && <p className={styles.muted}>{t('entryAdmin.eligibility.withdrawnNote')}</p>}
        {action && (
          <div className={styles.actions}>
            <Button variant="secondary" onClick={() => setOpen(true)}>
              {action === 'disqualify' ? t('entryAdmin.eligibility.disqualify') : t('entryAdmin.eligibility.reinstate')}
            </Button>
          </div>
        )}
        {action && (
          <EligibilityDialog
            key={action}
            cid={cid}
            eid={entry.id}
            code={entry.code}
            action={action}
            open={open}
            onClose={() => setOpen(false)}
            onDone={(status) => {
              setOpen(false);
              onChanged(status);
            }}
          />
        )}
      </div>
    </Card>
  );
}

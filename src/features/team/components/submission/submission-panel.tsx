import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import type { Competition, Entry } from '@/domain/model';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import { DraftSubmit } from './draft-submit';
import { useFieldLabel } from './field-label';
import { StatusActions } from './status-actions';
import styles from './submission.module.css';

export interface SubmissionPanelProps {
  competition: Competition;
  /** Live: changes when the server changes the entry (status, deckPath). */
  entry: Entry;
  /** The form's current values. */
  content: unknown;
  /** Resolves true once every edit is acknowledged by the server, false when it cannot be now. */
  flushDraft: () => Promise<boolean>;
  /** Focuses the field with this form path ('title', 'answers.q-x', 'deck'). */
  onFocusField: (field: string) => void;
}

/**
 * The bottom of the entry page: what is missing and Submit for a draft; the
 * submission time, the receipt, reopen and withdraw for a submitted entry;
 * and, after the deadline, only what happened. The client's clock decides
 * only what is shown: the functions check the deadline with the server's.
 */
export function SubmissionPanel(props: SubmissionPanelProps) {
  const { competition, entry, onFocusField } = props;
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const label = useFieldLabel(competition.entryForm.questions);
  const deadline = competition.submissionDeadline;
  const date = formatDateTime(deadline, language);
  const open = now < deadline;

  const submittedLine = entry.status === 'submitted' && (
    <div className={styles.submitted}>
      {entry.submittedAt !== null && (
        <p data-testid="submitted-at">
          {t('submission.submitted.status', { date: formatDateTime(entry.submittedAt, language) })}
        </p>
      )}
      <Link to={paths.teamReceipt(competition.id, entry.id)}>{t('submission.submitted.receipt')}</Link>
    </div>
  );

  let body;
  if (entry.status === 'disqualified') {
    body = (
      <Alert tone="warning">
        <p className={styles.strong}>{t('submission.disqualified.title')}</p>
        <p>{t('submission.disqualified.body')}</p>
      </Alert>
    );
  } else if (!open) {
    body = (
      <>
        {submittedLine}
        {entry.status !== 'submitted' && <p>{t('submission.closed.notSubmitted')}</p>}
        <Alert tone="info">
          <p className={styles.strong}>{t('submission.closed.title')}</p>
          <p>{t('submission.closed.body', { date })}</p>
        </Alert>
      </>
    );
  } else if (entry.status === 'draft') {
    body = <DraftSubmit {...props} label={label} />;
  } else {
    body = (
      <>
        {submittedLine}
        {entry.status === 'withdrawn' && (
          <Alert tone="warning">
            <p className={styles.strong}>{t('submission.withdrawn.status')}</p>
            <p>{t('submission.withdrawn.hint', { date })}</p>
          </Alert>
        )}
        <StatusActions
          key={entry.status}
          competition={competition}
          entry={entry}
          canWithdraw={entry.status === 'submitted'}
          onFocusField={onFocusField}
          label={label}
        />
      </>
    );
  }

  return (
    <Card title={t('submission.title')} className={styles.panel}>
      <div className={styles.panelBody} data-testid="submission-panel" data-status={entry.status}>
        {entry.status !== 'disqualified' && <p className={styles.deadline}>{t('submission.deadline', { date })}</p>}
        {body}
      </div>
    </Card>
  );
}

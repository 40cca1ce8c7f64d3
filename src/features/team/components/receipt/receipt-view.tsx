import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import type { Competition } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import type { ReceiptData } from '../../api/submission-receipt';
import styles from './receipt.module.css';

interface ReceiptViewProps {
  competition: Competition;
  receipt: ReceiptData;
}

/** A submitted entry's receipt: what was submitted, when (the server's time), and a way to print it. */
export function ReceiptView({ competition, receipt: { entry, teamName } }: ReceiptViewProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // The client's clock only chooses the note; the functions decide with the server's.
  const open = useNow() < competition.submissionDeadline;
  const track = competition.tracks.find((tr) => tr.id === entry.trackId);
  const rows = [
    {
      term: t('submission.receipt.competition'),
      value: pickLocalized(language, competition.title, competition.titleEn),
    },
    { term: t('submission.receipt.code'), value: <span className={styles.code}>{entry.code}</span> },
    { term: t('submission.receipt.projectTitle'), value: entry.title },
    {
      term: t('submission.receipt.track'),
      value: track ? pickLocalized(language, track.name, track.nameEn) : entry.trackId,
    },
    ...(teamName ? [{ term: t('submission.receipt.team'), value: teamName }] : []),
    {
      term: t('submission.receipt.status'),
      value: (
        <span className={styles.status}>
          <Badge tone="success">{t('competition.entryStatus.submitted')}</Badge>
        </span>
      ),
    },
    {
      term: t('submission.receipt.submittedAt'),
      value:
        entry.submittedAt === null
          ? ''
          : t('submission.receipt.submittedAtValue', { date: formatDateTime(entry.submittedAt, language) }),
    },
    {
      term: t('submission.receipt.deadline'),
      value: t('submission.receipt.deadlineValue', {
        date: formatDateTime(competition.submissionDeadline, language),
      }),
    },
  ];

  return (
    <article className={styles.receipt} data-testid="receipt" aria-labelledby="receipt-title">
      <header className={styles.head}>
        <p className={styles.eyebrow}>{t('submission.receipt.eyebrow')}</p>
        <h1 id="receipt-title">{t('submission.receipt.title')}</h1>
      </header>
      <dl className={styles.rows}>
        {rows.map((row) => (
          <div key={row.term} className={styles.row}>
            <dt>{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.state} data-testid="receipt-window">
        {open ? t('submission.receipt.openNote') : t('submission.receipt.closedNote')}
      </p>
      <p className={styles.note}>{t('submission.receipt.note')}</p>
      <div className={styles.actions}>
        <Button onClick={() => window.print()}>{t('submission.receipt.print')}</Button>
        <Link className={buttonClass('secondary')} to={paths.teamEntry(competition.id, entry.id)}>
          {t('submission.receipt.back')}
        </Link>
      </div>
    </article>
  );
}

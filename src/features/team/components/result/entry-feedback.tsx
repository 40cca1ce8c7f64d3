import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Competition } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useFeedback } from '../../hooks/use-team-result';
import styles from './team-result.module.css';

interface EntryFeedbackProps {
  competition: Competition;
  entryId: string;
  versionId: string;
  roundId: string;
}

/**
 * The judges' written comments, when the organizers share them: one block per
 * sheet, numbered in the order stored (which does not follow the judges), never
 * a judge's name.
 */
export function EntryFeedback({ competition, entryId, versionId, roundId }: EntryFeedbackProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const feedback = useFeedback(competition.id, entryId, versionId);
  if (feedback.status === 'loading') return null;
  if (feedback.status === 'error') {
    return (
      <p className={styles.muted}>
        {t('teamResult.feedbackError')}{' '}
        <Button variant="ghost" onClick={feedback.retry}>
          {t('common.retry')}
        </Button>
      </p>
    );
  }
  const criteria = competition.rounds.find((r) => r.id === roundId)?.rubric.criteria ?? [];
  const nameOf = (id: string) => {
    const c = criteria.find((x) => x.id === id);
    return c ? pickLocalized(language, c.name, c.nameEn) : id;
  };
  const sheets = (feedback.data?.sheets ?? []).filter(
    (s) => s.overall.trim() !== '' || Object.values(s.criteria).some((v) => v.trim() !== ''),
  );
  if (sheets.length === 0) return null;
  return (
    <div data-testid="entry-feedback">
      <h4 className={styles.subheading}>{t('teamResult.feedback')}</h4>
      <ol className={styles.comments}>
        {sheets.map((s, i) => (
          <li key={i} className={styles.comment}>
            <p className={styles.commentTitle}>{t('teamResult.comment', { n: i + 1 })}</p>
            {s.overall.trim() !== '' && <p>{s.overall}</p>}
            {Object.entries(s.criteria)
              .filter(([, text]) => text.trim() !== '')
              .map(([id, text]) => (
                <p key={id} className={styles.criterion}>
                  <strong>{t('teamResult.criterion', { name: nameOf(id) })}</strong>
                  {text}
                </p>
              ))}
          </li>
        ))}
      </ol>
    </div>
  );
}

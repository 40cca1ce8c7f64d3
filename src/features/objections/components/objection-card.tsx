import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { Objection, ObjectionStatus } from '@/domain/model/results-docs';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import { AnswerForm } from './answer-form';
import styles from './objections.module.css';

export const STATUS_TONE: Record<ObjectionStatus, BadgeTone> = {
  open: 'warning',
  upheld: 'success',
  dismissed: 'neutral',
};

interface ObjectionCardProps {
  cid: string;
  objection: Objection;
  onAnswered: (objection: Objection) => void;
}

/** One objection: whose, on which version, why; the answer form while open, the answer once given. */
export function ObjectionCard({ cid, objection: o, onAnswered }: ObjectionCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const codes = o.entryCodes.filter(Boolean);
  return (
    <Card
      title={
        codes.length > 0 ? t('objections.card.entries', { codes: codes.join('、') }) : t('objections.card.noEntries')
      }
      aside={<Badge tone={STATUS_TONE[o.status]}>{t(`objections.status.${o.status}`)}</Badge>}
    >
      <dl className={styles.facts}>
        <div>
          <dt>{t('objections.card.version')}</dt>
          <dd>{t('objections.card.versionValue', { version: o.version })}</dd>
        </div>
        <div>
          <dt>{t('objections.card.raisedAt')}</dt>
          <dd>{formatDateTime(o.raisedAt, language)}</dd>
        </div>
      </dl>
      <p className={styles.label}>{t('objections.card.reason')}</p>
      <p className={styles.quote}>{o.reason}</p>
      {o.status === 'open' ? (
        <AnswerForm
          cid={cid}
          objectionId={o.id}
          onAnswered={(status, answer) =>
            onAnswered({ ...o, status, answer, answeredAt: Date.now(), answeredBy: null })
          }
        />
      ) : (
        <div className={styles.answer} data-testid="objection-answer">
          <p className={styles.label}>
            {t('objections.card.answered', {
              decision: t(`objections.status.${o.status}`),
              at: o.answeredAt ? formatDateTime(o.answeredAt, language) : '',
            })}
          </p>
          <p className={styles.quote}>{o.answer}</p>
          {o.status === 'upheld' && (
            <p className={styles.hint}>
              {t('objections.card.correctionHint')}{' '}
              <Link className={styles.link} to={paths.organizerPublish(cid)}>
                {t('objections.card.correctionLink')}
              </Link>
            </p>
          )}
        </div>
      )}
    </Card>
  );
}

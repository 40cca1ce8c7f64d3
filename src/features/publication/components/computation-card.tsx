import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { shortHash } from '@/domain/publication/exports';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Details } from '@/components/ui/table';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import { publishedAs, type PublishData } from '../hooks/use-publish-data';
import { useSections } from '../hooks/use-sections';
import { AwardList } from './award-list';
import styles from './publication.module.css';

interface ComputationCardProps {
  competition: Competition;
  roundId: string;
  data: PublishData;
}

/** The round's stored computation: when, by whom, what it counted and what it would publish. */
export function ComputationCard({ competition, roundId, data }: ComputationCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { computation, facts, latest } = data;
  const sections = useSections(competition, computation, facts, language === 'en' ? 'en' : 'zh-CN');
  const previewLink = `${paths.organizerResults(competition.id)}?round=${encodeURIComponent(roundId)}`;

  if (!computation) {
    return (
      <Card title={t('publication.computation.title')}>
        <div className={styles.stack}>
          <p>{t('publication.computation.none')}</p>
          <Link className={buttonClass('secondary')} to={previewLink}>
            {t('publication.computation.toPreview')}
          </Link>
        </div>
      </Card>
    );
  }

  const version = publishedAs(computation, latest);
  const by = facts.people.get(computation.computedBy)?.displayName || computation.computedBy;
  return (
    <Card
      title={t('publication.computation.title')}
      aside={
        version === null ? (
          <Badge tone="warning">{t('publication.computation.notPublished')}</Badge>
        ) : (
          <Badge tone="success">{t('publication.computation.published', { version })}</Badge>
        )
      }
    >
      <div className={styles.stack} data-testid="stored-computation">
        <Details
          items={[
            { term: t('publication.computation.computedAt'), value: formatDateTime(computation.computedAt, language) },
            { term: t('publication.computation.computedBy'), value: by },
            { term: t('publication.computation.sheets'), value: computation.sheets },
            {
              term: t('publication.computation.confidence'),
              value:
                computation.confidence === null
                  ? t('publication.computation.confidenceNone')
                  : computation.confidence.samples === null
                    ? t('publication.computation.confidenceStoredLarge')
                    : t('publication.computation.confidenceStored', {
                        samples: computation.confidence.samples,
                        seed: computation.confidence.seed,
                      }),
            },
            {
              term: t('publication.computation.hash'),
              value: (
                <code className={styles.hash} title={computation.exportSha256}>
                  {shortHash(computation.exportSha256)}…
                </code>
              ),
            },
          ]}
        />
        {computation.pendingSheets > 0 && (
          <Alert tone="warning">
            <p>{t('publication.computation.pending', { count: computation.pendingSheets })}</p>
            <p>{t('publication.computation.pendingHint')}</p>
          </Alert>
        )}
        <Link className={buttonClass('secondary')} to={previewLink}>
          {t('publication.computation.recompute')}
        </Link>
        <h3 className={styles.subheading}>{t('publication.computation.awards')}</h3>
        <AwardList sections={sections} />
      </div>
    </Card>
  );
}

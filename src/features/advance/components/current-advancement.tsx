import { useTranslation } from 'react-i18next';
import type { Advancement, Competition } from '@/domain/model';
import { Card } from '@/components/ui/card';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { roundName } from './round-labels';
import styles from './advance.module.css';

interface CurrentAdvancementProps {
  competition: Competition;
  toRoundId: string;
  advancement: Advancement | null;
  codeOf: (entryId: string) => string;
}

/** The target round's advancement as stored: when, from where, by which rule, who, and the tie decisions. */
export function CurrentAdvancement({ competition, toRoundId, advancement, codeOf }: CurrentAdvancementProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const title = t('advance.current.title', { round: roundName(competition, toRoundId, language) });
  if (!advancement)
    return (
      <Card title={title}>
        <p className={styles.muted}>{t('advance.current.none')}</p>
      </Card>
    );
  const codes = (ids: string[]) => (ids.length > 0 ? ids.map(codeOf).join(', ') : t('advance.current.nobody'));
  return (
    <Card title={title}>
      <dl className={styles.facts} data-testid="current-advancement">
        <dt>{t('advance.current.at')}</dt>
        <dd>{formatDateTime(advancement.at, language)}</dd>
        <dt>{t('advance.current.from')}</dt>
        <dd>{roundName(competition, advancement.fromRoundId, language)}</dd>
        <dt>{t('advance.current.rule')}</dt>
        <dd>
          {t(advancement.scope === 'track' ? 'advance.current.ruleTrack' : 'advance.current.ruleOverall', {
            n: advancement.n,
          })}
        </dd>
        <dt>{t('advance.current.count')}</dt>
        <dd>{advancement.entryIds.length}</dd>
        <dt>{t('advance.current.entries')}</dt>
        <dd className={styles.codes}>{codes(advancement.entryIds)}</dd>
        <dt>{t('advance.current.tied')}</dt>
        <dd className={styles.codes}>{codes(advancement.tiedAtCut)}</dd>
        <dt>{t('advance.current.excluded')}</dt>
        <dd className={styles.codes}>{codes(advancement.excludedTiedEntryIds)}</dd>
        <dt>{t('advance.current.hash')}</dt>
        <dd className={styles.hash}>{advancement.exportSha256}</dd>
      </dl>
    </Card>
  );
}

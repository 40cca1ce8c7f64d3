import { useTranslation } from 'react-i18next';
import type { VersionState } from '@/domain/publication';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import type { TeamVersion } from '../../api/team-result';
import styles from './team-result.module.css';

/** Which version, since when, why it replaced the one before, and whether it is still under public notice. */
export function VersionNotice({ version, state }: { version: TeamVersion; state: VersionState }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const at = (ms: number) => formatDateTime(ms, language);
  return (
    <div className={styles.notice} data-testid="version-notice">
      <p className={styles.muted}>
        {t('teamResult.version', {
          round: pickLocalized(language, version.roundName, version.roundNameEn),
          version: version.version,
          at: at(version.publishedAt),
        })}
      </p>
      {version.version > 1 && version.reason && (
        <p>{t('teamResult.updated', { at: at(version.publishedAt), reason: version.reason })}</p>
      )}
      <p>
        {state === 'notice'
          ? t('teamResult.underNotice', { until: at(version.noticeUntil ?? 0) })
          : version.noticeUntil !== null
            ? t('teamResult.noticeOver', { until: at(version.noticeUntil) })
            : t('teamResult.final')}
      </p>
    </div>
  );
}

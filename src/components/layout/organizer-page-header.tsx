import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Competition } from '@/domain/model';
import { PageHeader } from '@/components/ui/page-header';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { paths } from '@/lib/paths';

interface OrganizerPageHeaderProps {
  competition: Competition;
  title: string;
  /** The way back to the organizer's home, in the page's own words. */
  backLabel: string;
}

/** An organizer page's heading: the role above, the competition and the way back to its home below. */
export function OrganizerPageHeader({ competition, title, backLabel }: OrganizerPageHeaderProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <PageHeader
      eyebrow={t('roles.organizer')}
      title={title}
      meta={
        <>
          <span>{pickLocalized(language, competition.title, competition.titleEn)}</span>
          <Link to={paths.roleHome(competition.id, 'organizer')}>{backLabel}</Link>
        </>
      }
    />
  );
}

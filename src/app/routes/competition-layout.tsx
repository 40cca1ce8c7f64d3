import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import type { Competition, Member } from '@/domain/model';
import { AppShell, type NavItem } from '@/components/layout/app-shell';
import { DocumentTitle } from '@/components/layout/document-title';
import { ForbiddenContent } from '@/components/status-pages';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { useCompetitionAccess } from '@/features/competitions';
import { useSheetCachedAccess } from '@/features/judging/hooks/use-sheet-cached-access';
import { errorKind } from '@/lib/errors';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useSessionStore, type SessionUser } from '@/lib/auth/session-store';
import { paths } from '@/lib/paths';
import type { CompetitionOutletContext } from '../competition-context';
import { useShellProps } from '../use-shell-props';

const homeLabel = {
  organizer: 'nav.overview',
  judge: 'nav.myReviews',
  team: 'nav.myEntries',
} as const;

/**
 * `/c/:cid/*`: checks the membership once, shows the competition in the
 * header and hands competition and membership to the pages below.
 */
export function Component() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { cid = '' } = useParams();
  const user = useSessionStore((s) => s.user) as SessionUser;
  const shell = useShellProps();
  const online = useCompetitionAccess(cid, user.uid);
  // The competition as a page of it last read it again after changing it.
  const [replaced, setReplaced] = useState<Competition | null>(null);
  // Unreachable (a judge reloading a scoring screen offline in the hall; Lite reports
  // that as 'unknown'): the device's copy, if it has one, until a retry succeeds.
  const unreachable =
    online.status === 'error' && errorKind(online.error) !== 'permission' && errorKind(online.error) !== 'not-found';
  const cached = useSheetCachedAccess(cid, user.uid, unreachable);
  const access =
    cached.status === 'found'
      ? {
          status: 'success' as const,
          data: { kind: 'member' as const, competition: cached.competition, member: cached.member },
        }
      : cached.status === 'loading'
        ? { status: 'loading' as const }
        : online;

  const navFor = (member: Member): NavItem[] => [
    { to: paths.roleHome(cid, member.role), label: t(homeLabel[member.role]) },
    ...(member.role === 'organizer' ? [{ to: paths.organizerResults(cid), label: t('nav.results') }] : []),
    { to: paths.competitions, label: t('nav.competitions') },
    { to: paths.explore, label: t('nav.explore') },
  ];

  if (access.status !== 'success' || access.data.kind === 'none') {
    return (
      <AppShell {...shell}>
        {access.status === 'loading' && <Spinner />}
        {access.status === 'error' && <ErrorState error={access.error} onRetry={access.retry} />}
        {access.status === 'success' && <ForbiddenContent />}
      </AppShell>
    );
  }

  const { member } = access.data;
  const competition = replaced?.id === access.data.competition.id ? replaced : access.data.competition;
  const title = pickLocalized(language, competition.title, competition.titleEn);
  const context: CompetitionOutletContext = { competition, member, replaceCompetition: setReplaced };
  return (
    <AppShell {...shell} competitionTitle={title} navItems={navFor(member)}>
      <DocumentTitle page={title} />
      <Outlet context={context} />
    </AppShell>
  );
}

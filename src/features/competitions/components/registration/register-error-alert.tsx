import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/paths';
import type { RegisterError } from '../../api/register-error';

/** Why the registration was not made, and what to do next. */
export function RegisterErrorAlert({ error, cid }: { error: RegisterError; cid: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = (() => {
    switch (error.kind) {
      case 'window':
        if (error.window === 'closed') {
          return error.deadline === null
            ? t('registration.errors.closedNoDate')
            : t('registration.errors.closed', { date: formatDateTime(error.deadline, language) });
        }
        return t(error.window === 'not-yet' ? 'registration.errors.notYet' : 'registration.errors.unavailable');
      case 'other-role':
        return t('registration.errors.otherRole');
      case 'invalid':
        return t('registration.errors.invalid');
      case 'signed-out':
        return t('registration.errors.signedOut');
      case 'not-found':
        return t('registration.errors.notFound');
      case 'network':
        return t('registration.errors.network');
      case 'unknown':
        return t('registration.errors.unknown');
    }
  })();
  // Where to go when trying again here cannot help.
  const link =
    error.kind === 'not-found'
      ? { to: paths.explore, label: t('explore.back') }
      : error.kind === 'window'
        ? { to: paths.exploreCompetition(cid), label: t('registration.back') }
        : error.kind === 'signed-out'
          ? { to: paths.signIn(paths.register(cid)), label: t('nav.signIn') }
          : null;
  return (
    <Alert tone="error">
      <p>{message}</p>
      {link && (
        <p>
          <Link to={link.to}>{link.label}</Link>
        </p>
      )}
    </Alert>
  );
}

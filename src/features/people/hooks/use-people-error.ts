import { useTranslation } from 'react-i18next';
import { toPeopleError, type PeopleError } from '../api/people-error';

const KNOWN_REASONS = ['owner-only', 'owner', 'team', 'last-organizer', 'already-accepted', 'not-organizer'] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];
const isKnown = (reason: string): reason is KnownReason => (KNOWN_REASONS as readonly string[]).includes(reason);

/** The translated message of a people callable's error, saying what to do next. */
export function usePeopleErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    const read: PeopleError = toPeopleError(error);
    switch (read.kind) {
      case 'fields':
        return t('people.errors.fields');
      case 'refused':
        return isKnown(read.reason)
          ? t(`people.errors.reason.${read.reason}`)
          : t('people.errors.other', { reason: read.reason });
      case 'network':
        return t('people.errors.network');
      case 'permission':
        return t('people.errors.permission');
      case 'not-found':
        return t('people.errors.notFound');
      default:
        return t('people.errors.unknown');
    }
  };
}

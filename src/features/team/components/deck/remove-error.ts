import type { TFunction } from 'i18next';
import { callableCode, errorKind } from '@/lib/errors';

/** What a failed removeEntryFile says to do next. */
export function removeErrorMessage(t: TFunction, error: unknown): string {
  if (errorKind(error) === 'network') return t('deck.errors.removeNetwork');
  // Outside the window or not a draft: the same advice as for uploads.
  if (callableCode(error) === 'failed-precondition' || errorKind(error) === 'permission') return t('deck.readOnly');
  return t('deck.errors.removeUnknown');
}

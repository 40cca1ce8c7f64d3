import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { authErrorMessage } from '../api/auth-errors';

/**
 * Shows a failed auth request on the form: beside the field it concerns
 * (wrong password, email in use) or above the form (too many requests).
 */
export function reportAuthError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  fields: readonly Path<T>[],
): void {
  const { key, field } = authErrorMessage(error);
  const path = fields.find((f) => f === field);
  if (path) setError(path, { type: 'server', message: key }, { shouldFocus: true });
  else setError('root.server', { type: 'server', message: key });
}

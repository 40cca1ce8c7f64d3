import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import type { AssignError, AssignErrorKind } from '../api/assign-error';
import type { Labels } from '../hooks/use-labels';
import { ProblemList } from './problem-list';

const messageKey = {
  impossible: 'assignment.errors.impossible',
  refused: 'assignment.errors.refused',
  invalid: 'assignment.errors.invalid',
  permission: 'assignment.errors.permission',
  'not-found': 'assignment.errors.notFound',
  network: 'assignment.errors.network',
  unknown: 'assignment.errors.unknown',
} as const satisfies Record<AssignErrorKind, string>;

/** A failed preview or commit: what happened (nothing was written) and what to do next. */
export function RunError({
  phase,
  error,
  labels,
}: {
  phase: 'preview' | 'commit';
  error: AssignError;
  labels: Labels;
}) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      <p>
        <strong>{t(phase === 'commit' ? 'assignment.errors.commitTitle' : 'assignment.errors.previewTitle')}</strong>
      </p>
      <p>{t(messageKey[error.kind])}</p>
      {error.kind === 'impossible' && (
        <>
          {error.problems.length > 0 && <ProblemList problems={error.problems} labels={labels} />}
          <p>{t('assignment.errors.impossibleHint')}</p>
        </>
      )}
    </Alert>
  );
}

import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import type { ActionFailure } from './use-entry-action';
import { MissingList } from './missing-list';
import styles from './submission.module.css';

interface RefusalMessageProps {
  failure: ActionFailure;
  label: (field: string) => string;
  onFocusField: (field: string) => void;
}

const simple = {
  'not-saved': 'submission.draft.notSaved',
  disqualified: 'submission.errors.disqualified',
  state: 'submission.errors.state',
  network: 'submission.errors.network',
  permission: 'submission.errors.permission',
  'not-found': 'submission.errors.notFound',
  unknown: 'submission.errors.generic',
} as const;

/** Why the server (or the unsaved draft) stopped an action, and what to do next. */
export function RefusalMessage({ failure, label, onFocusField }: RefusalMessageProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  switch (failure.kind) {
    case 'incomplete':
      return (
        <Alert tone="error">
          <p>{t('submission.errors.incomplete')}</p>
          <MissingList items={failure.missing} label={label} onFocusField={onFocusField} />
        </Alert>
      );
    case 'window-closed':
      return (
        <Alert tone="error">
          <p>
            {failure.deadline === null
              ? t('submission.errors.windowClosedNoDate')
              : t('submission.errors.windowClosed', { date: formatDateTime(failure.deadline, language) })}
          </p>
        </Alert>
      );
    case 'invalid':
      return (
        <Alert tone="error">
          <p>{t('submission.errors.invalid')}</p>
          <ul className={styles.problems}>
            {failure.problems.map((p, i) => (
              <li key={i}>
                {p.field ? (
                  <button type="button" className={styles.linkButton} onClick={() => onFocusField(p.field)}>
                    {t('submission.errors.problem', {
                      field: label(p.field),
                      message: p.key ? t(p.key) : p.text,
                    })}
                  </button>
                ) : p.key ? (
                  t(p.key)
                ) : (
                  p.text
                )}
              </li>
            ))}
          </ul>
        </Alert>
      );
    default:
      return (
        <Alert tone="error">
          <p>{t(simple[failure.kind])}</p>
        </Alert>
      );
  }
}

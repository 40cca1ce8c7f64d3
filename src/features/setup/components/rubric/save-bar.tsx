import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { EditorNs } from './row-tools';
import type { SaveProblem, SaveState } from './use-section-save';
import styles from './editor.module.css';

interface SaveBarProps {
  ns: EditorNs;
  state: SaveState;
  dirty: boolean;
  onDiscard: () => void;
  /** Warnings of the last save, already in words. */
  warnings?: string[];
}

/** Save and discard, with what happened to the last save: progress, saved, or what to do next. */
export function SaveBar({ ns, state, dirty, onDiscard, warnings = [] }: SaveBarProps) {
  const { t } = useTranslation();
  const saving = state.status === 'saving';
  return (
    <div className={styles.saveBar}>
      {state.status === 'failed' && <ProblemAlert ns={ns} problem={state.problem} />}
      {state.status === 'saved' && !dirty && warnings.length > 0 && (
        <Alert tone="warning">
          <ul className={styles.warnings}>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className={styles.saveRow}>
        <Button type="submit" pending={saving}>
          {t(`${ns}.save.submit`)}
        </Button>
        {dirty && !saving && (
          <Button variant="secondary" onClick={onDiscard}>
            {t(`${ns}.save.discard`)}
          </Button>
        )}
        <p className={styles.saveStatus} role="status" data-testid="save-status">
          {saving
            ? t(`${ns}.save.saving`)
            : state.status === 'saved' && !dirty
              ? t(`${ns}.save.saved`)
              : dirty
                ? t(`${ns}.save.unsaved`)
                : ''}
        </p>
      </div>
    </div>
  );
}

function ProblemAlert({ ns, problem }: { ns: EditorNs; problem: SaveProblem }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (problem.kind) {
      case 'invalid':
        return t(`${ns}.save.invalid`);
      case 'server-fields':
        return t(`${ns}.save.serverFields`);
      case 'refused':
        return t(`${ns}.errors.refused`, { reason: problem.reason });
      case 'network':
        return t(`${ns}.errors.network`);
      case 'permission':
        return t(`${ns}.errors.permission`);
      case 'not-found':
        return t(`${ns}.errors.notFound`);
      default:
        return t(`${ns}.errors.unknown`);
    }
  })();
  return (
    <Alert tone="error">
      <span data-testid="save-problem">{text}</span>
    </Alert>
  );
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { formatSize } from '../lib/format-size';
import styles from './publication.module.css';

/** Where a download stands while it is made: a sentence, and a bar when the amount is known. */
export interface Step {
  message: string;
  progress?: { value: number; max: number; label: string };
}

type State =
  | { status: 'idle' }
  | { status: 'working'; step: Step }
  | { status: 'done'; file: string; size: number }
  | { status: 'error'; message: string };

interface DownloadRowProps {
  label: string;
  hint?: ReactNode;
  disabled?: boolean;
  testId: string;
  /** Makes and hands over the file; `report` tells how far it is. Rejects with a translated message. */
  run: (report: (step: Step) => void) => Promise<{ file: string; size: number }>;
}

/** One download: its button, what it is, its progress, and its outcome or what to do after a failure. */
export function DownloadRow({ label, hint, disabled, testId, run }: DownloadRowProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ status: 'idle' });
  const working = state.status === 'working';

  const start = async () => {
    if (working) return;
    setState({ status: 'working', step: { message: t('publication.downloads.working') } });
    try {
      const done = await run((step) => setState({ status: 'working', step }));
      setState({ status: 'done', ...done });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <li className={styles.download} data-testid={testId}>
      <div className={styles.downloadHead}>
        <Button variant="secondary" disabled={disabled || working} pending={working} onClick={() => void start()}>
          {label}
        </Button>
        {hint && <p className={styles.muted}>{hint}</p>}
      </div>
      {state.status === 'working' &&
        (state.step.progress ? (
          <Progress
            value={state.step.progress.value}
            max={state.step.progress.max}
            label={state.step.progress.label}
            text={state.step.message}
          />
        ) : (
          <p className={styles.muted} role="status">
            {state.step.message}
          </p>
        ))}
      {state.status === 'done' && (
        <Alert tone="success">
          {t('publication.downloads.done', { file: state.file, size: formatSize(state.size) })}
        </Alert>
      )}
      {state.status === 'error' && <Alert tone="error">{state.message}</Alert>}
    </li>
  );
}

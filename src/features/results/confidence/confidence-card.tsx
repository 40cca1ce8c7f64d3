import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIDENCE_DEFAULTS, contestedLines, type Analysis } from '@/domain/results';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Progress } from '@/components/ui/progress';
import type { ConfidenceState } from '../hooks/use-confidence';
import type { PreviewLabels } from '../hooks/use-labels';
import { ContestedLineItem } from './contested-line-item';
import styles from './confidence.module.css';

interface ConfidenceCardProps {
  state: ConfidenceState;
  analysis: Analysis;
  labels: PreviewLabels;
  /** With it (the fairness panel), each entry on a line has a button that opens its actions. */
  onSelect?: (entryId: string) => void;
}

/**
 * The award confidence of the round: what it means, the worker's progress
 * or what to do when it failed, and each group's contested prize lines
 * (src/domain/results/contested-lines.ts) with the entries on either side.
 */
export function ConfidenceCard({ state, analysis, labels, onSelect }: ConfidenceCardProps) {
  const { t } = useTranslation();
  const confidence = state.status === 'done' ? state.confidence : null;
  const groups = useMemo(() => (confidence ? contestedLines(analysis, confidence) : null), [analysis, confidence]);
  const samples = confidence?.samples ?? CONFIDENCE_DEFAULTS.samples;
  const seed = confidence?.seed ?? CONFIDENCE_DEFAULTS.seed;
  const count = groups?.reduce((n, g) => n + g.lines.length, 0) ?? 0;
  const percent = state.status === 'running' && state.total > 0 ? Math.floor((100 * state.done) / state.total) : 0;

  return (
    <Card title={t('confidence.title')} aside={groups && <Badge>{t('confidence.lines.count', { count })}</Badge>}>
      <div
        className={styles.stack}
        data-testid="confidence"
        data-state={state.status}
        data-compute-ms={state.status === 'done' ? Math.round(state.ms) : undefined}
        data-total-ms={state.status === 'done' ? Math.round(state.totalMs) : undefined}
      >
        <p className={styles.muted}>{t('confidence.explain', { samples })}</p>
        <details className={styles.about} id="confidence-about">
          <summary>{t('confidence.more')}</summary>
          <p>{t('confidence.moreText', { samples, seed })}</p>
        </details>
        {state.status === 'running' && (
          <Progress
            value={percent}
            max={100}
            label={t('confidence.progressLabel')}
            text={t('confidence.running', { percent: `${percent}%` })}
          />
        )}
        {state.status === 'error' && (
          <Alert tone="error">
            {state.reason === 'letters'
              ? t('confidence.lettersError')
              : t('confidence.computeError', { message: state.message })}
          </Alert>
        )}
        {groups &&
          confidence &&
          groups.map((group) => (
            <section key={group.track ?? ''} className={styles.stack} aria-label={heading(group.track)}>
              <h3 className={styles.subheading}>{heading(group.track)}</h3>
              {group.lines.length === 0 ? (
                <p className={styles.muted}>{t('confidence.lines.none')}</p>
              ) : (
                <ul className={styles.lines}>
                  {group.lines.map((line) => (
                    <ContestedLineItem
                      key={line.above.id}
                      line={line}
                      track={group.track}
                      samples={confidence.samples}
                      analysis={analysis}
                      labels={labels}
                      onSelect={onSelect}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
      </div>
    </Card>
  );

  function heading(track: string | null) {
    return analysis.config.scope === 'overall'
      ? t('confidence.lines.title')
      : `${labels.track(track)} · ${t('confidence.lines.title')}`;
  }
}

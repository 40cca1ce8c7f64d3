import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DISAGREEMENT_THRESHOLD, disagreements } from '@/domain/fairness';
import type { Analysis, ConfidenceV1, EntryConfidence } from '@/domain/results';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LoadMore } from '@/components/ui/load-more';
import { TextField } from '@/components/ui/text-field';
import { useConfidenceText } from '../hooks/use-confidence-text';
import type { PreviewLabels } from '../hooks/use-labels';
import styles from './fairness.module.css';

/** Entries shown at first, and added by each "load more". */
export const DISAGREEMENT_PAGE_SIZE = 20;

interface DisagreementCardProps {
  analysis: Analysis;
  labels: PreviewLabels;
  /** The round's award confidence once computed: each ranked entry's in words. */
  confidence: ConfidenceV1 | null;
  selected: string | null;
  onSelect: (entryId: string) => void;
}

/** A threshold the organizer typed, or null when it is not a number from 0 to 100. */
function parseThreshold(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/**
 * The entries where judges disagree most (src/domain/fairness/disagreement.ts:
 * highest minus lowest counted sheet total, at least the threshold), largest
 * first, 20 at a time; each opens the entry's actions.
 */
export function DisagreementCard({ analysis, labels, confidence, selected, onSelect }: DisagreementCardProps) {
  const { t } = useTranslation();
  const confidenceOf = useMemo(
    () => new Map<string, EntryConfidence>(confidence?.entries.map((c) => [c.entryId, c]) ?? []),
    [confidence],
  );
  const [text, setText] = useState(String(DEFAULT_DISAGREEMENT_THRESHOLD));
  const [threshold, setThreshold] = useState(DEFAULT_DISAGREEMENT_THRESHOLD);
  const [shown, setShown] = useState(DISAGREEMENT_PAGE_SIZE);
  const list = useMemo(() => disagreements(analysis, threshold), [analysis, threshold]);
  const invalid = parseThreshold(text) === null;

  const change = (value: string) => {
    setText(value);
    const parsed = parseThreshold(value);
    if (parsed !== null) {
      setThreshold(parsed);
      setShown(DISAGREEMENT_PAGE_SIZE);
    }
  };

  return (
    <Card
      title={t('fairness.disagreement.title')}
      aside={<Badge>{t('fairness.disagreement.count', { count: list.length })}</Badge>}
    >
      <div className={styles.threshold}>
        <TextField
          label={t('fairness.disagreement.threshold')}
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={1}
          value={text}
          onChange={(e) => change(e.target.value)}
          hint={t('fairness.disagreement.thresholdHint', { value: DEFAULT_DISAGREEMENT_THRESHOLD })}
          error={invalid ? t('fairness.disagreement.thresholdInvalid') : undefined}
        />
      </div>
      {list.length === 0 ? (
        <p className={styles.muted}>{t('fairness.disagreement.empty')}</p>
      ) : (
        <>
          <ol className={styles.disagreements} aria-label={t('fairness.disagreement.title')}>
            {list.slice(0, shown).map((d) => (
              <li
                key={d.entryId}
                className={[styles.disagreement, selected === d.entryId ? styles.selected : ''].join(' ')}
                data-testid="disagreement-row"
                data-entry={d.entryId}
              >
                <div className={styles.disagreementHead}>
                  <span className={styles.code}>{labels.code(d.entryId)}</span>
                  <span className={styles.entryTitle}>{d.title || '—'}</span>
                  <strong className={styles.spread} data-testid="spread">
                    {t('fairness.disagreement.spread', { spread: labels.score(d.spread) })}
                  </strong>
                </div>
                <p className={styles.muted}>
                  {labels.track(d.track)} · {t('fairness.disagreement.sheets', { count: d.sheets.length })} ·{' '}
                  {t('fairness.disagreement.range', {
                    lowest: labels.score(d.lowest),
                    highest: labels.score(d.highest),
                  })}
                </p>
                <EntryConfidenceLine
                  entryId={d.entryId}
                  track={d.track}
                  analysis={analysis}
                  labels={labels}
                  confidence={confidenceOf.get(d.entryId) ?? null}
                  samples={confidence?.samples ?? 0}
                />
                <div className={styles.disagreementFoot}>
                  <ul className={styles.totals}>
                    {d.sheets.map((s) => (
                      <li key={s.judgeId}>
                        {labels.judge(s.judgeId)} <strong>{labels.score(s.total)}</strong>
                      </li>
                    ))}
                  </ul>
                  <Button
                    variant="secondary"
                    aria-pressed={selected === d.entryId}
                    aria-label={`${t('fairness.disagreement.act')} ${labels.code(d.entryId)}`}
                    onClick={() => onSelect(d.entryId)}
                  >
                    {t('fairness.disagreement.act')}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
          {list.length > DISAGREEMENT_PAGE_SIZE && (
            <p className={styles.muted}>
              {t('fairness.disagreement.showing', { shown: Math.min(shown, list.length), total: list.length })}
            </p>
          )}
          <LoadMore
            hasMore={shown < list.length}
            loading={false}
            error={null}
            onLoadMore={() => setShown((n) => n + DISAGREEMENT_PAGE_SIZE)}
          />
        </>
      )}
    </Card>
  );
}

interface EntryConfidenceLineProps {
  entryId: string;
  track: string | null;
  analysis: Analysis;
  labels: PreviewLabels;
  confidence: EntryConfidence | null;
  samples: number;
}

/** A ranked entry's award confidence in words (nothing before it is computed, nor for an unranked entry). */
function EntryConfidenceLine({ entryId, track, analysis, labels, confidence, samples }: EntryConfidenceLineProps) {
  const text = useConfidenceText(labels, track);
  const e = analysis.byId.get(entryId);
  if (!confidence || !e || e.rank === null) return null;
  return (
    <p className={styles.muted} data-testid="entry-confidence">
      {text.entry({ rank: e.rank, award: e.award?.id ?? null, confidence, samples })}
    </p>
  );
}

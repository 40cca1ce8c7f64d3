import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, EntryConfidence, ResultRow } from '@/domain/results';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { useConfidenceText } from '../hooks/use-confidence-text';
import type { PreviewLabels } from '../hooks/use-labels';
import { EntryBreakdown } from './entry-breakdown';
import styles from './results-preview.module.css';

const tierClass = [styles.tier0, styles.tier1, styles.tier2];
const tierTone: BadgeTone[] = ['warning', 'primary', 'success'];

interface ResultRowItemProps {
  row: ResultRow;
  tied: boolean;
  analysis: Analysis;
  labels: PreviewLabels;
  /** The entry's award confidence (null until computed) out of `samples`. */
  confidence: EntryConfidence | null;
  samples: number;
  expanded: boolean;
  onToggle: () => void;
}

/** One ranked entry, with its award confidence in words under it; the whole row opens its breakdown below it. */
export function ResultRowItem(props: ResultRowItemProps) {
  const { row, tied, analysis, labels, confidence, samples, expanded, onToggle } = props;
  const { t } = useTranslation();
  const text = useConfidenceText(labels, row.group);
  const panelId = useId();
  const award = labels.award(row.award, row.group);
  const tier = award ? Math.min(award.tier, tierClass.length - 1) : -1;
  return (
    <li className={styles.row} data-testid="result-row">
      <button
        type="button"
        className={[styles.rowButton, tier >= 0 ? tierClass[tier] : ''].filter(Boolean).join(' ')}
        aria-expanded={expanded}
        aria-controls={expanded ? panelId : undefined}
        onClick={onToggle}
      >
        <span className={styles.rank}>
          <span className={styles.cellLabel}>{t('results.columns.rank')} </span>
          {row.rank}
          {tied && <span className={styles.tied}>{t('results.tied')}</span>}
        </span>
        <span className={styles.code}>
          <span className={styles.cellLabel}>{t('results.columns.code')} </span>
          {labels.code(row.entryId)}
        </span>
        <span className={styles.title}>{row.title || '—'}</span>
        <span className={styles.score}>
          <span className={styles.cellLabel}>{t('results.columns.score')} </span>
          {row.score === null ? '—' : labels.score(row.score)}
        </span>
        <span className={styles.sheets}>
          <span className={styles.cellLabel}>{t('results.columns.sheets')} </span>
          {row.sheets}
        </span>
        <span className={styles.award}>{award && <Badge tone={tierTone[tier] ?? 'success'}>{award.label}</Badge>}</span>
      </button>
      {confidence && row.rank !== null && (
        <p className={styles.confidence} data-testid="entry-confidence">
          {text.entry({ rank: row.rank, award: row.award, confidence, samples })}
        </p>
      )}
      {expanded && <EntryBreakdown id={panelId} entryId={row.entryId} analysis={analysis} labels={labels} />}
    </li>
  );
}

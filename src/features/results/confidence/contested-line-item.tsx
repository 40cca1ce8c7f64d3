import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, ContestedLine, LineEntry } from '@/domain/results';
import { Button } from '@/components/ui/button';
import { useConfidenceText } from '../hooks/use-confidence-text';
import type { PreviewLabels } from '../hooks/use-labels';
import styles from './confidence.module.css';

interface ContestedLineItemProps {
  line: ContestedLine;
  track: string | null;
  samples: number;
  analysis: Analysis;
  labels: PreviewLabels;
  onSelect?: (entryId: string) => void;
}

/** Entries shown at first on each side of a line (a large contest can have many near its last line). */
export const LINE_SIDE_SHOWN = 3;

/**
 * One contested prize line: between which awards, why, and the entries on
 * it above and below (a dashed rule between), the first few of each side
 * until the organizer asks for all.
 */
export function ContestedLineItem({ line, track, samples, analysis, labels, onSelect }: ContestedLineItemProps) {
  const { t } = useTranslation();
  const text = useConfidenceText(labels, track);
  const title = text.lineTitle(line);
  const [all, setAll] = useState(false);
  const hidden = all
    ? 0
    : Math.max(0, line.aboveEntries.length - LINE_SIDE_SHOWN) + Math.max(0, line.belowEntries.length - LINE_SIDE_SHOWN);
  // The entries nearest the line: the last ones above it and the first ones below.
  const above = all ? line.aboveEntries : line.aboveEntries.slice(-LINE_SIDE_SHOWN);
  const below = all ? line.belowEntries : line.belowEntries.slice(0, LINE_SIDE_SHOWN);

  const item = (e: LineEntry, first: boolean) => (
    <li
      key={e.entryId}
      className={[styles.entry, first ? styles.firstBelow : ''].filter(Boolean).join(' ')}
      data-testid="line-entry"
      data-entry={e.entryId}
      data-share={e.share}
    >
      <span className={styles.code}>{labels.code(e.entryId)}</span>
      <span className={styles.title}>{analysis.byId.get(e.entryId)?.entry.title || '—'}</span>
      <p className={styles.sentence}>{text.lineEntry(e, samples)}</p>
      {onSelect && (
        <span className={styles.act}>
          <Button variant="secondary" onClick={() => onSelect(e.entryId)}>
            {`${t('confidence.lines.act')} ${labels.code(e.entryId)}`}
          </Button>
        </span>
      )}
    </li>
  );

  return (
    <li className={styles.line} data-testid="contested-line">
      <h4 className={styles.lineTitle}>{title}</h4>
      <p className={styles.reason} data-testid="line-reason">
        {text.lineReason(line, samples)}
      </p>
      <ul className={styles.entries} aria-label={t('confidence.lines.entries', { line: title })}>
        {above.map((e) => item(e, false))}
        {below.map((e, i) => item(e, i === 0 && above.length > 0))}
      </ul>
      {hidden > 0 && (
        <div>
          <Button variant="secondary" onClick={() => setAll(true)}>
            {t('confidence.lines.showAll', { count: hidden })}
          </Button>
        </div>
      )}
    </li>
  );
}

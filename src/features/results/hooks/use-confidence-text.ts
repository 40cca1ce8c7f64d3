import { useTranslation } from 'react-i18next';
import { confidencePercent, type ContestedLine, type EntryConfidence, type LineEntry } from '@/domain/results';
import type { PreviewLabels } from './use-labels';

/** What a sentence about one entry's confidence needs. */
export interface EntryConfidenceFacts {
  rank: number;
  /** The entry's real award (tier id), null for none. */
  award: string | null;
  confidence: EntryConfidence;
  samples: number;
}

/**
 * The award confidence in plain words, in the current language. Shares are
 * rounded down, so an entry that is contested (below 90 %) never reads
 * "90%" and only an entry that kept its award in every sample reads "100%".
 */
export function useConfidenceText(labels: PreviewLabels, track: string | null) {
  const { t } = useTranslation();
  const percentFormat = new Intl.NumberFormat(labels.language, { style: 'percent', maximumFractionDigits: 0 });
  const percent = (sameAward: number, samples: number) =>
    percentFormat.format(confidencePercent(sameAward, samples) / 100);
  const awardLabel = (tierId: string | null) => labels.award(tierId, track)?.label ?? '';

  const entry = ({ rank, award, confidence: c, samples }: EntryConfidenceFacts) => {
    const ranks =
      c.rankLow === c.rankHigh
        ? t('confidence.entry.single', { low: c.rankLow })
        : t('confidence.entry.range', { low: c.rankLow, high: c.rankHigh });
    const share = percent(c.sameAward, samples);
    return award === null
      ? t('confidence.entry.none', { rank, ranks, percent: share })
      : t('confidence.entry.keeps', { rank, ranks, percent: share, award: awardLabel(award) });
  };

  const lineEntry = (e: LineEntry, samples: number) =>
    entry({ rank: e.rank, award: e.award?.id ?? null, confidence: e, samples });

  const lineTitle = (line: ContestedLine) =>
    t('confidence.lines.between', {
      above: awardLabel(line.above.id),
      below: line.below ? awardLabel(line.below.id) : t('confidence.lines.noAward'),
    });

  const lineReason = (line: ContestedLine, samples: number) => {
    const a = labels.code(line.lastAbove.entryId);
    const b = labels.code(line.firstBelow.entryId);
    // A gap within the engine's 1e-9 is a tie on the score that a criterion broke.
    const gap =
      line.gap <= 1e-9
        ? t('confidence.lines.same', { a, b })
        : t('confidence.lines.apart', { a, b, gap: labels.pair(line.gap, 0)[0] });
    const w = line.weakest;
    const values = { entry: labels.code(w.entryId), percent: percent(w.sameAward, samples) };
    const weakest = w.award
      ? t('confidence.lines.keeps', { ...values, award: awardLabel(w.award.id) })
      : t('confidence.lines.stays', values);
    return t('confidence.lines.reason', { gap, weakest });
  };

  return { percent, entry, lineEntry, lineTitle, lineReason };
}

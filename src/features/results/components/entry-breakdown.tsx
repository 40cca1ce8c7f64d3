import { useTranslation } from 'react-i18next';
import { explainEntry, type Analysis, type NeighbourComparison } from '@/domain/results';
import { Badge } from '@/components/ui/badge';
import { numericCell, Table } from '@/components/ui/table';
import type { PreviewLabels } from '../hooks/use-labels';
import styles from './results-preview.module.css';

interface EntryBreakdownProps {
  id: string;
  entryId: string;
  analysis: Analysis;
  labels: PreviewLabels;
}

/**
 * "Why is this entry third and not second?": the engine's own breakdown
 * (explainEntry) of one entry — its sheets, which ones the trimmed mean or
 * median dropped, its criterion means and what separated it from the entries
 * just above and below.
 */
export function EntryBreakdown({ id, entryId, analysis, labels }: EntryBreakdownProps) {
  const { t } = useTranslation();
  const b = explainEntry(analysis, entryId);
  if (!b) return null;
  const code = labels.code(entryId);
  const award = labels.award(b.award, b.group);
  const zscore = b.normalization === 'zscore';

  return (
    <div id={id} className={styles.panel} role="region" aria-label={t('results.breakdown.region', { code })}>
      <p className={styles.panelSummary}>
        {b.rank !== null && b.score !== null
          ? t('results.breakdown.score', { score: labels.score(b.score), rank: b.rank })
          : t('results.breakdown.unrankedScore')}
        {award && <Badge tone="primary">{award.label}</Badge>}
      </p>
      {b.status === 'ranked' && b.rank !== null && (
        <WhyRank rank={b.rank} above={b.above} analysis={analysis} labels={labels} />
      )}

      <section>
        <h3>{t('results.breakdown.sheets')}</h3>
        {b.sheets.length === 0 ? (
          <p className={styles.muted}>{t('results.breakdown.noSheets')}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <th scope="col">{t('results.breakdown.judge')}</th>
                <th scope="col" className={numericCell}>
                  {t('results.breakdown.total')}
                </th>
                {zscore && (
                  <th scope="col" className={numericCell}>
                    {t('results.breakdown.normalized')}
                  </th>
                )}
                <th scope="col">{t('results.breakdown.state')}</th>
              </tr>
            </thead>
            <tbody>
              {b.sheets.map((s) => {
                const show = (value: number) => (s.used ? labels.score(value) : <s>{labels.score(value)}</s>);
                return (
                  <tr key={s.judgeId} className={s.used ? undefined : styles.dropped} data-testid="sheet-row">
                    <th scope="row">{labels.judge(s.judgeId)}</th>
                    <td className={numericCell}>{show(s.total)}</td>
                    {zscore && <td className={numericCell}>{show(s.value)}</td>}
                    <td>{s.used ? t('results.breakdown.used') : <Badge>{t('results.breakdown.dropped')}</Badge>}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </section>

      {b.sheets.length > 0 && (
        <section>
          <h3>{t('results.breakdown.criteria')}</h3>
          <Table>
            <thead>
              <tr>
                <th scope="col">{t('results.breakdown.criterion')}</th>
                <th scope="col" className={numericCell}>
                  {t('results.breakdown.weight')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('results.breakdown.mean')}
                </th>
                <th scope="col" className={numericCell}>
                  {t('results.breakdown.order')}
                </th>
              </tr>
            </thead>
            <tbody>
              {b.criteria.map((c) => (
                <tr key={c.criterionId}>
                  <th scope="row">{labels.criterion(c.criterionId)}</th>
                  <td className={numericCell}>{c.weight}</td>
                  <td className={numericCell}>{c.mean === null ? '—' : `${labels.score(c.mean)} / ${c.max}`}</td>
                  <td className={numericCell}>{c.tieBreakPosition}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      )}

      {b.status === 'ranked' && (
        <section>
          <h3>{t('results.breakdown.neighbours')}</h3>
          <ul className={styles.neighbours}>
            <li className={styles.neighbour}>
              {b.above ? (
                <Neighbour side="above" comparison={b.above} analysis={analysis} labels={labels} />
              ) : (
                <span className={styles.muted}>{t('results.breakdown.first')}</span>
              )}
            </li>
            <li className={styles.neighbour}>
              {b.below ? (
                <Neighbour side="below" comparison={b.below} analysis={analysis} labels={labels} />
              ) : (
                <span className={styles.muted}>{t('results.breakdown.last')}</span>
              )}
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}

interface NeighbourProps {
  side: 'above' | 'below';
  comparison: NeighbourComparison;
  analysis: Analysis;
  labels: PreviewLabels;
}

function Neighbour({ side, comparison, analysis, labels }: NeighbourProps) {
  const { t } = useTranslation();
  const code = labels.code(comparison.entryId);
  const { rule } = comparison;
  let text: string;
  if (rule === 'tie' || rule === 'score') {
    const [mine, theirs] = labels.pair(comparison.value, comparison.neighbourValue);
    text =
      rule === 'tie'
        ? t('results.breakdown.tie', { mine })
        : side === 'above'
          ? t('results.breakdown.scoreAbove', { code, mine, theirs })
          : t('results.breakdown.scoreBelow', { code, mine, theirs });
  } else {
    // The engine compares mean s_c / max_c; shown as the mean score itself.
    const criterionId = rule.slice('criterion:'.length);
    const max = analysis.config.criteria.find((c) => c.id === criterionId)?.max ?? 1;
    const [mine, theirs] = labels.pair(comparison.value * max, comparison.neighbourValue * max);
    const criterion = labels.criterion(criterionId);
    text =
      side === 'above'
        ? t('results.breakdown.criterionAbove', { code, criterion, mine, theirs })
        : t('results.breakdown.criterionBelow', { code, criterion, mine, theirs });
  }
  return (
    <>
      <span className={styles.neighbourWho}>
        {t(side === 'above' ? 'results.breakdown.above' : 'results.breakdown.below', {
          code,
          rank: comparison.rank,
        })}
      </span>
      <span data-testid="deciding-rule">{text}</span>
    </>
  );
}

interface WhyRankProps {
  rank: number;
  above: NeighbourComparison | null;
  analysis: Analysis;
  labels: PreviewLabels;
}

/**
 * The answer to "why third and not second?" in one sentence: what separates
 * the entry from the one listed just above it (the score, or the tie-break
 * criterion that decided equal scores), or that nothing does (a tie).
 */
function WhyRank({ rank, above, analysis, labels }: WhyRankProps) {
  const { t } = useTranslation();
  let text: string;
  if (!above) text = t('results.breakdown.whyFirst');
  else {
    const code = labels.code(above.entryId);
    const aboveRank = above.rank;
    if (above.rule === 'tie') {
      text = t('results.breakdown.whyTie', { code, rank, mine: labels.score(above.value) });
    } else if (above.rule === 'score') {
      const [mine, theirs] = labels.pair(above.value, above.neighbourValue);
      // Enough decimals to show a difference the engine counted, however small.
      const [diff] = labels.pair(above.neighbourValue - above.value, 0);
      text = t('results.breakdown.whyScore', { rank, aboveRank, code, diff, mine, theirs });
    } else {
      const criterionId = above.rule.slice('criterion:'.length);
      const max = analysis.config.criteria.find((c) => c.id === criterionId)?.max ?? 1;
      const [mine, theirs] = labels.pair(above.value * max, above.neighbourValue * max);
      const criterion = labels.criterion(criterionId);
      text = t('results.breakdown.whyCriterion', { rank, aboveRank, code, criterion, mine, theirs });
    }
  }
  return (
    <p className={styles.why} data-testid="why-rank">
      {text}
    </p>
  );
}

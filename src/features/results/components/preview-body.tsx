import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import type { PreviewData } from '../api/preview-data';
import { ConfidenceCard } from '../confidence/confidence-card';
import { useConfidence } from '../hooks/use-confidence';
import { usePreview } from '../hooks/use-preview';
import { useLabels } from '../hooks/use-labels';
import { JudgeStatsCard } from './judge-stats-card';
import { MethodSummary } from './method-summary';
import { ProblemsAlert } from './problems-alert';
import { RankingGroup } from './ranking-group';

const noJudges = new Map<string, number>();

/** The computed round: method, award confidence, one ranking per group, judge statistics. */
export function PreviewBody({ data, roundId }: { data: PreviewData; roundId: string }) {
  const { t } = useTranslation();
  const preview = usePreview(data, roundId);
  const confidence = useConfidence(data, roundId, preview.ok);
  const labels = useLabels(
    data.competition,
    data.entries,
    preview.ok ? preview.judgeNumbers : noJudges,
    data.judgeNames,
  );
  if (!preview.ok) return <ProblemsAlert problems={preview.problems} />;
  return (
    <>
      <Card title={t('results.method.title')}>
        <MethodSummary config={preview.analysis.config} />
      </Card>
      <ConfidenceCard state={confidence} analysis={preview.analysis} labels={labels} />
      {preview.groups.map((group) => (
        <RankingGroup
          key={group.track ?? ''}
          group={group}
          analysis={preview.analysis}
          labels={labels}
          confidence={confidence.status === 'done' ? confidence.confidence : null}
        />
      ))}
      <JudgeStatsCard judges={preview.judges} labels={labels} />
    </>
  );
}

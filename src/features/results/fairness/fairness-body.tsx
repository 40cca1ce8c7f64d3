import { useMemo, useState } from 'react';
import { fairnessReport } from '@/domain/fairness';
import type { PreviewData } from '../api/preview-data';
import { ProblemsAlert } from '../components/problems-alert';
import { ConfidenceCard } from '../confidence/confidence-card';
import { useConfidence } from '../hooks/use-confidence';
import { useLabels } from '../hooks/use-labels';
import { usePreview } from '../hooks/use-preview';
import { DisagreementCard } from './disagreement-card';
import { EntryActions } from './entry-actions';
import { JudgeChart } from './judge-chart';
import { JudgeTable } from './judge-table';

const noJudges = new Map<string, number>();

/**
 * The computed round's fairness panel: judges, their distributions, the
 * award confidence with the contested prize lines, disagreements, and the
 * chosen entry's actions.
 */
export function FairnessBody({ data, roundId }: { data: PreviewData; roundId: string }) {
  const preview = usePreview(data, roundId);
  const confidence = useConfidence(data, roundId, preview.ok);
  const labels = useLabels(
    data.competition,
    data.entries,
    preview.ok ? preview.judgeNumbers : noJudges,
    data.judgeNames,
  );
  const report = useMemo(() => (preview.ok ? fairnessReport(preview.analysis) : null), [preview]);
  const [selected, setSelected] = useState<string | null>(null);
  if (!preview.ok || !report) return <ProblemsAlert problems={preview.ok ? [] : preview.problems} />;

  const tableId = 'fairness-judge-table';
  return (
    <>
      <JudgeTable id={tableId} report={report} labels={labels} />
      {report.judges.length > 0 && (
        <JudgeChart report={report} judgeNumbers={preview.judgeNumbers} labels={labels} describedBy={tableId} />
      )}
      <ConfidenceCard state={confidence} analysis={preview.analysis} labels={labels} onSelect={setSelected} />
      <DisagreementCard
        analysis={preview.analysis}
        labels={labels}
        confidence={confidence.status === 'done' ? confidence.confidence : null}
        selected={selected}
        onSelect={setSelected}
      />
      {selected && (
        <EntryActions
          key={selected}
          data={data}
          roundId={roundId}
          entryId={selected}
          analysis={preview.analysis}
          labels={labels}
          onClose={() => setSelected(null)}
        />
      )}
    </>
  );
}

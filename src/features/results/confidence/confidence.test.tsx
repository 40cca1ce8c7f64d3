import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '@/domain/export';
import {
  computeConfidence,
  computeResults,
  contestedLines,
  type ConfidenceV1,
  type JudgingExportV1,
} from '@/domain/results';
import { demoMember, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { loadEntryLinks } from '../api/entry-links';
import { subscribeToRoundSheets } from '../api/live-sheets';
import { ResultsPreview } from '../components/results-preview';
import { FairnessPage } from '../fairness/fairness-page';
import { entry, fixtureCompetition, fixtureData, sheet } from '../testing/fixture';
import { serve } from '../testing/serve';
import { confidenceExport } from './confidence-export';

// The feature's api modules, not Firestore; the engine is the real one. jsdom
// has no Worker, so start-confidence.ts computes in this thread.
vi.mock('../api/preview-data', () => ({ loadPreviewBase: vi.fn() }));
vi.mock('../api/live-sheets', () => ({ subscribeToRoundSheets: vi.fn() }));
vi.mock('../api/save-computation', () => ({ saveComputation: vi.fn() }));
vi.mock('../api/entry-links', () => ({ loadEntryLinks: vi.fn() }));
vi.mock('../fairness/echarts-boxplot', () => ({
  mountBoxplot: vi.fn(() => ({ update: vi.fn(), dispose: vi.fn() })),
}));

/*
 * Growth: E-001 (sheets 90, 60, 80) and E-002 (70, 90, 80) both score 80
 * (trimmed mean of three = the median); E-002 is first on technology (8.00
 * vs 7.67). Redrawn, either may come first: the line between the first and
 * second prize is contested. E-003 (50 on every sheet) never moves. The
 * judges have stored letters j3 → A, j1 → B; j2 is new and gets C, so the
 * sheets are in another order than by uid, which changes the numbers.
 */
const data = () =>
  fixtureData({
    entries: [
      entry(1, 'growth', '高原光伏储能'),
      entry(2, 'growth', '牦牛乳制品溯源'),
      entry(3, 'growth', '青稞精深加工'),
      entry(5, 'startup', '盐湖锂电回收'),
      entry(6, 'startup', '智慧牧场'),
    ],
    sheets: [
      sheet('e1', 'j1', [9, 9, 9]),
      sheet('e1', 'j2', [6, 6, 6]),
      sheet('e1', 'j3', [8, 8, 8]),
      sheet('e2', 'j1', [7, 7, 7]),
      sheet('e2', 'j2', [9, 9, 9]),
      sheet('e2', 'j3', [8, 8, 8]),
      ...['j1', 'j2', 'j3'].flatMap((j) => [
        sheet('e3', j, [5, 5, 5]),
        sheet('e5', j, [8, 8, 8]),
        sheet('e6', j, [8, 8, 8]),
      ]),
    ],
    judges: ['j1', 'j2', 'j3'].map((uid) => demoMember({ uid, role: 'judge', competitionId: 'demo' })),
    judgePseudonyms: { j3: 'A', j1: 'B' },
  });

function confidenceOf(exported: JudgingExportV1) {
  const outcome = computeResults(exported);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return { analysis: outcome.analysis, confidence: computeConfidence(outcome.analysis) };
}

/** What the engine says for the page's data, computed here as the compute function would. */
function expected() {
  const d = data();
  const { analysis, confidence } = confidenceOf(confidenceExport(d, 'online')!);
  const byId = new Map(confidence.entries.map((c) => [c.entryId, c]));
  return { analysis, confidence, byId, lines: contestedLines(analysis, confidence) };
}

const pct = (c: ConfidenceV1, entryId: string) =>
  `${Math.floor((100 * c.entries.find((e) => e.entryId === entryId)!.sameAward) / c.samples)}%`;

describe('award confidence', () => {
  beforeAll(() => {
    Element.prototype.scrollIntoView = vi.fn();
  });

  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    serve(data());
    vi.mocked(loadEntryLinks)
      .mockReset()
      .mockResolvedValue({ assignedJudgeUids: ['j1', 'j2', 'j3'], organization: '' });
  });

  it('is computed on the export with the judges’ letters, as the compute function stores it', () => {
    const d = data();
    const lettered = confidenceExport(d, 'online')!;
    expect([...new Set(lettered.sheets.map((s) => s.judgeId))].sort()).toEqual(['A', 'B', 'C']);
    expect(lettered.sheets.filter((s) => s.entryId === 'e1').map((s) => s.judgeId)).toEqual(['A', 'B', 'C']);
    // By uid the sheets come in another order, and the numbers differ: the letters matter.
    const byUid = confidenceOf(buildExport(d.competition, 'online', d.entries, d.sheets)).confidence;
    expect(byUid).not.toEqual(expected().confidence);
    expect(confidenceExport({ ...d, judgePseudonyms: null }, 'online')).toBeNull();
  });

  it('shows progress, then each entry’s confidence and the contested lines in the preview', async () => {
    const { confidence, byId, lines } = expected();
    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    const card = await screen.findByRole('region', { name: '奖项稳定性' });
    expect(within(card).getByRole('progressbar', { name: '奖项稳定性计算进度' })).toBeInTheDocument();
    expect(within(card).getByText(/不是排名出错的概率/)).toBeInTheDocument();

    const shown = await within(card).findAllByTestId('contested-line');
    expect(within(card).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByTestId('confidence')).toHaveAttribute('data-state', 'done');
    const growth = lines.find((g) => g.track === 'growth')!;
    expect(growth.lines).toHaveLength(1);
    expect(shown).toHaveLength(1);
    const line = growth.lines[0]!;
    expect(within(shown[0]!).getByRole('heading', { level: 4 })).toHaveTextContent('一等奖与二等奖之间');
    const weakest = line.weakest.entryId === 'e1' ? 'E-001' : 'E-002';
    const kept = line.weakest.entryId === 'e1' ? '二等奖' : '一等奖';
    expect(within(shown[0]!).getByTestId('line-reason')).toHaveTextContent(
      `E-002 与 E-001 得分相同，由同分比较的评分项分出先后；${weakest} 仅在 ${pct(confidence, line.weakest.entryId)} 的重抽中保持${kept}`,
    );
    const onLine = within(shown[0]!).getAllByTestId('line-entry');
    expect(onLine.map((li) => li.getAttribute('data-entry'))).toEqual([
      ...line.aboveEntries.map((e) => e.entryId),
      ...line.belowEntries.map((e) => e.entryId),
    ]);
    // The start-up track's tie never breaks: no contested line there.
    expect(within(card).getByRole('region', { name: '初创组 · 有争议的奖项分界线' })).toHaveTextContent(
      '没有有争议的分界线',
    );

    // Under each ranked row, its confidence in words.
    const e1 = byId.get('e1')!;
    const rowOf = (code: string) => screen.getAllByTestId('result-row').find((r) => r.textContent?.includes(code))!;
    expect(within(rowOf('E-001')).getByTestId('entry-confidence')).toHaveTextContent(
      `第 2 名；95% 的重抽评审组中名次在 ${e1.rankLow}–${e1.rankHigh} 之间；${pct(confidence, 'e1')} 的情况下仍获二等奖`,
    );
    expect(within(rowOf('E-003')).getByTestId('entry-confidence')).toHaveTextContent(
      '第 3 名；95% 的重抽评审组中名次均为 3；100% 的情况下仍未获奖',
    );
  });

  it('computes again when the sheets change, for the new data only', async () => {
    let push: (sheets: ReturnType<typeof data>['sheets']) => void = () => {};
    vi.mocked(subscribeToRoundSheets).mockImplementation((_cid, _round, onNext) => {
      push = onNext;
      onNext(data().sheets);
      return () => {};
    });
    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    const card = await screen.findByRole('region', { name: '奖项稳定性' });
    expect(await within(card).findAllByTestId('contested-line')).toHaveLength(1);

    // E-001's sheets all become 100: it is first on every redraw, nothing is contested.
    push(data().sheets.map((s) => (s.entryId === 'e1' ? sheet('e1', s.judgeUid, [10, 10, 10]) : s)));
    await waitFor(() =>
      expect(within(card).getByRole('region', { name: '成长组 · 有争议的奖项分界线' })).toHaveTextContent(
        '没有有争议的分界线',
      ),
    );
    expect(within(card).queryByTestId('contested-line')).not.toBeInTheDocument();
  });

  it('says what to do when the judges’ letters cannot be read, and still ranks', async () => {
    serve({ ...data(), judgePseudonyms: null });
    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('读取不到评委代号');
    expect(screen.getByRole('alert')).toHaveTextContent('请点击上方的“刷新数据”重试');
    expect(await screen.findAllByTestId('result-row')).toHaveLength(5);
    expect(screen.queryByTestId('entry-confidence')).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    await setTestLanguage('en');
    const { confidence, byId } = expected();
    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    const card = await screen.findByRole('region', { name: 'Award confidence' });
    const [line] = await within(card).findAllByTestId('contested-line');
    expect(within(line!).getByRole('heading', { level: 4 })).toHaveTextContent('Between First prize and Second prize');
    expect(within(line!).getByTestId('line-reason')).toHaveTextContent(
      'E-002 and E-001 have the same score, separated by the tie-break criteria;',
    );
    const e2 = byId.get('e2')!;
    const row = screen.getAllByTestId('result-row').find((r) => r.textContent?.includes('E-002'))!;
    expect(within(row).getByTestId('entry-confidence')).toHaveTextContent(
      `rank 1, 95% of panels: ${e2.rankLow}–${e2.rankHigh}; keeps its First prize in ${pct(confidence, 'e2')} of them`,
    );
  });

  it('lists the contested lines on the fairness panel, each entry one click from its actions', async () => {
    const { lines } = expected();
    const { user } = renderWithRouter(<FairnessPage competition={fixtureCompetition()} />);
    const card = await screen.findByRole('region', { name: '奖项稳定性' });
    const [line] = await within(card).findAllByTestId('contested-line');
    const first = lines.find((g) => g.track === 'growth')!.lines[0]!.aboveEntries[0] ?? null;
    const target = first?.entryId ?? 'e1';
    const code = target === 'e1' ? 'E-001' : 'E-002';
    await user.click(within(line!).getByRole('button', { name: `处理 ${code}` }));
    expect(await screen.findByTestId('entry-actions')).toHaveTextContent(code);
  });
});

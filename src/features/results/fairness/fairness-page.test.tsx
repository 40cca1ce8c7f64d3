import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '@/domain/export';
import { fairnessReport } from '@/domain/fairness';
import { computeResults } from '@/domain/results';
import { demoMember, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { loadEntryLinks } from '../api/entry-links';
import type * as actions from '../api/fairness-actions';
import { addJudgeToEntry, reopenSheet } from '../api/fairness-actions';
import { fixtureCompetition, fixtureData, sheet } from '../testing/fixture';
import { serve } from '../testing/serve';
import { mountBoxplot } from './echarts-boxplot';
import { FairnessPage } from './fairness-page';

// The feature's api modules and the chart library, not Firestore; the engine is the real one.
vi.mock('../api/preview-data', () => ({ loadPreviewBase: vi.fn() }));
vi.mock('../api/live-sheets', () => ({ subscribeToRoundSheets: vi.fn() }));
vi.mock('../api/entry-links', () => ({ loadEntryLinks: vi.fn() }));
vi.mock('../api/fairness-actions', async (original) => ({
  ...(await original<typeof actions>()),
  addJudgeToEntry: vi.fn(),
  reopenSheet: vi.fn(),
}));
vi.mock('./echarts-boxplot', () => ({ mountBoxplot: vi.fn(() => ({ update: vi.fn(), dispose: vi.fn() })) }));

const judges = ['j1', 'j2', 'j3', 'j4', 'j5'].map((uid, i) =>
  demoMember({ uid, role: 'judge', displayName: `评委${'甲乙丙丁戊'[i]}`, competitionId: 'demo' }),
);
// E-001's sheets: 90, 80, 100, 70 → spread 30; the others spread at most 20.
const data = () =>
  fixtureData({
    judges,
    judgeNames: Object.fromEntries(judges.map((j) => [j.uid, j.displayName])),
  });

describe('FairnessPage', () => {
  beforeAll(() => {
    // jsdom lays nothing out: the actions panel scrolls itself into view.
    Element.prototype.scrollIntoView = vi.fn();
  });

  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    serve(data());
    vi.mocked(loadEntryLinks)
      .mockReset()
      .mockResolvedValue({ assignedJudgeUids: ['j1', 'j2', 'j3', 'j4'], organization: '' });
    vi.mocked(addJudgeToEntry).mockReset();
    vi.mocked(reopenSheet).mockReset();
  });

  it('shows each judge beside the panel, with the engine’s numbers, and draws the chart', async () => {
    renderWithRouter(<FairnessPage competition={fixtureCompetition()} />);
    const rows = await screen.findAllByTestId('fairness-judge-row');
    const d = data();
    const outcome = computeResults(buildExport(d.competition, 'online', d.entries, d.sheets));
    if (!outcome.ok) throw new Error();
    const report = fairnessReport(outcome.analysis);
    expect(rows).toHaveLength(report.judges.length);
    report.judges.forEach((j, i) => {
      expect(within(rows[i]!).getByTestId('judge-mean')).toHaveTextContent(j.mean.toFixed(2));
      expect(within(rows[i]!).getByTestId('judge-sd')).toHaveTextContent(j.sd.toFixed(2));
    });
    expect(screen.getByTestId('panel-row')).toHaveTextContent(report.panel.mean.toFixed(2));
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('评委 1（评委甲）');
    await waitFor(() => expect(mountBoxplot).toHaveBeenCalled());
    const input = vi.mocked(mountBoxplot).mock.calls.at(-1)![1];
    expect(input.categories).toEqual(['全体', '评委 1', '评委 2', '评委 3', '评委 4']);
    expect(screen.getByRole('img', { name: /箱线图/ })).toHaveAttribute('aria-describedby', 'fairness-judge-table');
  });

  it('lists the entries where judges disagree, by a threshold the organizer sets', async () => {
    const { user } = renderWithRouter(<FairnessPage competition={fixtureCompetition()} />);
    const list = await screen.findAllByTestId('disagreement-row');
    expect(list.map((r) => r.getAttribute('data-entry'))).toEqual(['e1']);
    expect(list[0]).toHaveTextContent('相差 30.00 分');

    const field = screen.getByLabelText(/分歧阈值/);
    await user.clear(field);
    await user.type(field, '5');
    await waitFor(() => expect(screen.getAllByTestId('disagreement-row').length).toBeGreaterThan(1));
    await user.clear(field);
    await user.type(field, '40');
    expect(await screen.findByText('没有项目的分歧达到该阈值。')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '140');
    expect(screen.getByText('请输入 0 到 100 之间的数字')).toBeInTheDocument();
  });

  it('adds a judge who may still review the entry, and says so', async () => {
    vi.mocked(addJudgeToEntry).mockResolvedValue('j5__e1');
    const { user } = renderWithRouter(<FairnessPage competition={fixtureCompetition()} />);
    await user.click(await screen.findByRole('button', { name: '处理 E-001' }));
    const panel = screen.getByTestId('entry-actions');
    expect(within(panel).getAllByTestId('entry-sheet')).toHaveLength(4);
    const add = within(panel).getByTestId('add-judge');
    const picker = await within(add).findByLabelText('评委');
    // j1–j4 review E-001: only j5 is offered.
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['请选择评委', '评委戊']);
    await user.selectOptions(picker, 'j5');
    await user.click(within(add).getByRole('button', { name: '增加评委' }));
    expect(addJudgeToEntry).toHaveBeenCalledWith({
      competitionId: 'demo',
      roundId: 'online',
      entryId: 'e1',
      judgeUid: 'j5',
    });
    expect(await within(add).findByText('已为 E-001 增加评委：评委戊。')).toBeInTheDocument();
  });

  it('says in words why the server refused', async () => {
    vi.mocked(loadEntryLinks).mockResolvedValue({ assignedJudgeUids: [], organization: '' });
    vi.mocked(addJudgeToEntry).mockRejectedValue({
      code: 'functions/failed-precondition',
      message: 'x',
      details: { reason: 'conflict', cause: 'organization' },
    });
    const { user } = renderWithRouter(<FairnessPage competition={fixtureCompetition()} />);
    await user.click(await screen.findByRole('button', { name: '处理 E-001' }));
    const add = screen.getByTestId('add-judge');
    await user.selectOptions(await within(add).findByLabelText('评委'), 'j5');
    await user.click(within(add).getByRole('button', { name: '增加评委' }));
    expect(await within(add).findByRole('alert')).toHaveTextContent('该评委与此项目存在利益冲突');
  });

  it('reopens a judge’s sheet with a reason', async () => {
    vi.mocked(reopenSheet).mockResolvedValue(undefined);
    const { user } = renderWithRouter(<FairnessPage competition={fixtureCompetition()} />);
    await user.click(await screen.findByRole('button', { name: '处理 E-001' }));
    const form = screen.getByTestId('reopen-sheet');
    await user.selectOptions(within(form).getByLabelText('要退回的评分表'), 'online__j3__e1');
    await user.click(within(form).getByRole('button', { name: '退回评分表' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('请填写退回原因');
    expect(reopenSheet).not.toHaveBeenCalled();
    await user.type(within(form).getByLabelText('退回原因（评委可见）'), '总分明显偏高，请复核');
    await user.click(within(form).getByRole('button', { name: '退回评分表' }));
    expect(reopenSheet).toHaveBeenCalledWith({
      competitionId: 'demo',
      sheetId: 'online__j3__e1',
      reason: '总分明显偏高，请复核',
    });
    expect(await within(form).findByText(/已退回评委 3（评委丙）对 E-001 的评分表/)).toBeInTheDocument();
  });

  it('refuses the actions in a round that is not open', async () => {
    const closed = fixtureCompetition({ openRoundIds: [] });
    serve({ ...data(), competition: closed, sheets: data().sheets.concat(sheet('e2', 'j4', [1, 1, 1])) });
    const { user } = renderWithRouter(<FairnessPage competition={closed} />, { route: '/?round=online' });
    await user.click(await screen.findByRole('button', { name: '处理 E-001' }));
    expect(screen.getByText('本轮未开放：开放本轮后才能增加评委或退回评分表。')).toBeInTheDocument();
    expect(within(screen.getByTestId('reopen-sheet')).getByRole('button', { name: '退回评分表' })).toBeDisabled();
  });
});

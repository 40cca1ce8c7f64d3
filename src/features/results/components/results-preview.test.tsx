import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '@/domain/export';
import { computeResults } from '@/domain/results';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { subscribeToRoundSheets } from '../api/live-sheets';
import { loadPreviewBase } from '../api/preview-data';
import { saveComputation, type SavedComputation } from '../api/save-computation';
import { entry, fixtureCompetition, fixtureData, sheet } from '../testing/fixture';
import { serve } from '../testing/serve';
import { ResultsPreview } from './results-preview';

// The feature's api modules, not Firestore; the engine is the real one.
vi.mock('../api/preview-data', () => ({ loadPreviewBase: vi.fn() }));
vi.mock('../api/live-sheets', () => ({ subscribeToRoundSheets: vi.fn() }));
vi.mock('../api/save-computation', () => ({ saveComputation: vi.fn() }));

const rowOf = (code: string) => {
  const row = screen.getAllByTestId('result-row').find((r) => within(r).queryByText(code));
  if (!row) throw new Error(`no row for ${code}`);
  return row;
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ResultsPreview', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    serve(fixtureData());
    vi.mocked(saveComputation).mockReset();
  });

  it('ranks each track with scores, ties and awards, computed by the engine', async () => {
    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);

    expect(screen.getByRole('heading', { level: 1, name: '成绩预览' })).toBeInTheDocument();
    expect(screen.getByTestId('results-preview')).toBeInTheDocument();
    // The open round by default.
    expect(screen.getByRole('combobox', { name: '评审轮次' })).toHaveValue('online');
    expect(await screen.findAllByTestId('result-row')).toHaveLength(5);
    expect(subscribeToRoundSheets).toHaveBeenCalledWith('demo', 'online', expect.any(Function), expect.any(Function));

    const growth = screen.getByRole('region', { name: '成长组' });
    const growthRows = within(growth).getAllByTestId('result-row');
    expect(growthRows.map((r) => r.textContent?.match(/E-\d+/)?.[0])).toEqual(['E-001', 'E-002', 'E-003']);
    expect(growthRows[0]).toHaveTextContent('1');
    expect(within(growthRows[0]!).getByText('85.00')).toBeInTheDocument();
    expect(within(growthRows[0]!).getByText('一等奖')).toBeInTheDocument();
    expect(within(growthRows[1]!).getByText('72.00')).toBeInTheDocument();
    expect(within(growthRows[1]!).getByText('二等奖')).toBeInTheDocument();
    expect(within(growthRows[2]!).queryByText(/等奖/)).not.toBeInTheDocument();
    expect(within(growth).queryByText('并列')).not.toBeInTheDocument();

    const startup = screen.getByRole('region', { name: '初创组' });
    const startupRows = within(startup).getAllByTestId('result-row');
    for (const row of startupRows) {
      expect(within(row).getByText('并列')).toBeInTheDocument();
      expect(within(row).getByText('一等奖')).toBeInTheDocument();
      expect(within(row).getByText('80.00')).toBeInTheDocument();
    }

    // Not ranked: too few counted sheets (the draft does not count).
    const unranked = within(growth).getByRole('table', { name: '成长组 · 未排名项目' });
    const row = within(unranked).getByTestId('unranked-row');
    expect(row).toHaveTextContent('E-007');
    expect(row).toHaveTextContent('2 / 至少 3 份');
    expect(row).toHaveTextContent('有效评分不足');

    expect(screen.getByText(/去掉最高分和最低分后取平均/)).toBeInTheDocument();
    expect(screen.getByText('不做标准化，使用各评分表原始总分')).toBeInTheDocument();
    expect(screen.getByText('至少 3 份有效评分表')).toBeInTheDocument();
  });

  it('explains an entry: dropped sheets and what decided its place', async () => {
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    await screen.findAllByTestId('result-row');

    const first = within(rowOf('E-001')).getByRole('button');
    expect(first).toHaveAttribute('aria-expanded', 'false');
    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'E-001 评分明细' });
    const sheets = within(panel).getAllByTestId('sheet-row');
    const cells = (row: HTMLElement) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((c) => c.textContent);
    expect(sheets.map(cells)).toEqual([
      ['评委 1（王评委）', '90.00', '计入'],
      ['评委 2', '80.00', '计入'],
      ['评委 3', '100.00', '已去掉'],
      ['评委 4', '70.00', '已去掉'],
    ]);
    expect(within(sheets[2]!).getByText('100.00').tagName).toBe('S');
    expect(within(panel).getByText('下一名 E-002（第 2 名）')).toBeInTheDocument();
    expect(within(panel).getByText('本项目得分更高（85.00 对 72.00）')).toBeInTheDocument();
    expect(within(panel).getByText('本组第一名，上方没有项目。')).toBeInTheDocument();

    // Third, not second: equal score, decided by the heaviest criterion.
    await user.click(within(rowOf('E-003')).getByRole('button'));
    expect(screen.queryByRole('region', { name: 'E-001 评分明细' })).not.toBeInTheDocument();
    const third = screen.getByRole('region', { name: 'E-003 评分明细' });
    expect(within(third).getByText('得分：72.00（第 3 名）')).toBeInTheDocument();
    expect(within(third).getByTestId('deciding-rule')).toHaveTextContent(
      '得分相同，按“技术与创新”均分决出：E-002 更高（9.00 对 6.00）',
    );
    const criteria = within(third).getByRole('row', { name: /技术与创新/ });
    expect(criteria).toHaveTextContent('6.00 / 10');

    await user.click(within(rowOf('E-005')).getByRole('button'));
    const tied = screen.getByRole('region', { name: 'E-005 评分明细' });
    expect(within(tied).getByText('并列：得分相同（80.00），各评分项均分也相同')).toBeInTheDocument();
  });

  it('flags a harsh judge in the statistics', async () => {
    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    const table = await screen.findByRole('region', { name: '评委打分统计' });
    const rows = within(table).getAllByTestId('judge-row');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('评委 1（王评委）');
    expect(rows[3]).toHaveTextContent('评委 4');
    expect(rows[3]).toHaveTextContent('−20.00');
    expect(within(rows[3]!).getByText('偏严')).toBeInTheDocument();
    expect(within(rows[2]!).queryByText(/偏严|偏松/)).not.toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('+4.00');
  });

  it('lists the engine’s problems when it refuses the data', async () => {
    const data = fixtureData();
    data.sheets.push(sheet('e1', 'j5', [11, 5, 5]));
    serve(data);
    const expected = computeResults(buildExport(data.competition, 'online', data.entries, data.sheets));
    if (expected.ok) throw new Error('fixture should be refused');

    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    expect(await screen.findByText('数据未通过校验，无法计算成绩')).toBeInTheDocument();
    const items = within(screen.getByTestId('problems')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(expected.problems);
    expect(screen.queryByTestId('result-row')).not.toBeInTheDocument();
  });

  it('shows the save as pending, then the export’s hash', async () => {
    const call = deferred<SavedComputation>();
    vi.mocked(saveComputation).mockReturnValue(call.promise);
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    await screen.findAllByTestId('result-row');

    const button = screen.getByRole('button', { name: '保存计算结果' });
    await user.click(button);
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('正在计算并保存…')).toBeInTheDocument();
    expect(saveComputation).toHaveBeenCalledWith('demo', 'online');

    call.resolve({
      results: { format: 'judging-results/v1', competitionId: 'demo', groups: [], unranked: [] },
      exportSha256: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    });
    expect(await screen.findByText('已保存本轮计算结果。导出文件 SHA-256：0123456789ab…')).toBeInTheDocument();
    expect(button).toBeEnabled();
  });

  it('shows a refused save with the server’s problems', async () => {
    vi.mocked(saveComputation).mockRejectedValue({
      code: 'functions/failed-precondition',
      details: { problems: ['sheets[3] (entry e2, judge j1): score for "tech" is out of range'] },
    });
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    await screen.findAllByTestId('result-row');
    await user.click(screen.getByRole('button', { name: '保存计算结果' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('保存失败');
    expect(alert).toHaveTextContent('服务器拒绝计算：本轮数据未通过校验。');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'sheets[3] (entry e2, judge j1): score for "tech" is out of range',
    );
  });

  it('shows a translated permission error for a save', async () => {
    vi.mocked(saveComputation).mockRejectedValue({ code: 'functions/permission-denied' });
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    await screen.findAllByTestId('result-row');
    await user.click(screen.getByRole('button', { name: '保存计算结果' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('只有本赛事的组织方可以保存计算结果。');
  });

  it('switches rounds, and defaults to the last round when none is open', async () => {
    // Both rounds closed; the final scores the online round's criteria here
    // (the fixture's final has no rubric: this test is about switching rounds,
    // not about a round without criteria).
    const rounds = fixtureCompetition().rounds;
    const onlineRubric = rounds.find((r) => r.id === 'online')?.rubric ?? { criteria: [] };
    const competition = fixtureCompetition({
      openRoundIds: [],
      rounds: rounds.map((r) => ({ ...r, status: 'closed' as const, rubric: onlineRubric })),
      roundCriterionIds: { online: ['tech', 'market', 'team'], final: ['tech', 'market', 'team'] },
    });
    serve((roundId) => (roundId === 'final' ? fixtureData({ competition, sheets: [] }) : fixtureData({ competition })));
    const { user } = renderWithRouter(<ResultsPreview competition={competition} />);

    const picker = screen.getByRole('combobox', { name: '评审轮次' });
    expect(picker).toHaveValue('final');
    expect(await screen.findAllByText('0 / 至少 3 份')).toHaveLength(6);
    expect(screen.queryByTestId('result-row')).not.toBeInTheDocument();
    expect(screen.getByText('本轮还没有有效评分表。')).toBeInTheDocument();

    await user.selectOptions(picker, 'online');
    expect(await screen.findAllByTestId('result-row')).toHaveLength(5);
    expect(subscribeToRoundSheets).toHaveBeenLastCalledWith(
      'demo',
      'online',
      expect.any(Function),
      expect.any(Function),
    );
  });

  it('shows 50 rows of a long group, then more on demand', async () => {
    const entries = Array.from({ length: 55 }, (_, i) => entry(i + 1, 'growth', `项目 ${i + 1}`));
    const sheets = entries.flatMap((e, i) => ['j1', 'j2', 'j3'].map((j) => sheet(e.id, j, [(i % 10) + 1, 5, 5])));
    serve(fixtureData({ entries, sheets }));
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);

    const growth = await screen.findByRole('region', { name: '成长组' });
    expect(within(growth).getAllByTestId('result-row')).toHaveLength(50);
    expect(within(growth).getByText('已显示 50 / 55')).toBeInTheDocument();
    await user.click(within(growth).getByRole('button', { name: '加载更多' }));
    expect(within(growth).getAllByTestId('result-row')).toHaveLength(55);
    expect(within(growth).queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  }, 30_000);

  it('recomputes as sheets arrive, and says when the data last changed', async () => {
    let push: (sheets: ReturnType<typeof fixtureData>['sheets']) => void = () => {};
    vi.mocked(subscribeToRoundSheets).mockImplementation((_cid, _round, onNext) => {
      push = onNext;
      onNext(fixtureData().sheets);
      return () => {};
    });
    renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    const growth = await screen.findByRole('region', { name: '成长组' });
    expect(within(growth).getAllByTestId('result-row')).toHaveLength(3);
    expect(screen.getByTestId('live-status')).toHaveTextContent('实时更新');

    // E-007's third sheet is submitted: it is ranked now (50, 60, 60, trimmed → 60.00).
    const sheets = fixtureData().sheets.map((s) =>
      s.entryId === 'e7' && s.judgeUid === 'j3' ? sheet('e7', 'j3', [6, 6, 6]) : s,
    );
    push(sheets);
    await waitFor(() => expect(within(growth).getAllByTestId('result-row')).toHaveLength(4));
    expect(within(rowOf('E-007')).getByText('60.00')).toBeInTheDocument();
  });

  it('says in one sentence why an entry is not one place higher', async () => {
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    await screen.findAllByTestId('result-row');
    await user.click(within(rowOf('E-003')).getByRole('button'));
    expect(within(screen.getByRole('region', { name: 'E-003 评分明细' })).getByTestId('why-rank')).toHaveTextContent(
      '为什么是第 3 名而不是第 2 名：与 E-002 得分相同，同分比较“技术与创新”均分时 E-002 更高（9.00 对 6.00）。',
    );
    await user.click(within(rowOf('E-002')).getByRole('button'));
    expect(within(screen.getByRole('region', { name: 'E-002 评分明细' })).getByTestId('why-rank')).toHaveTextContent(
      '为什么是第 2 名而不是第 1 名：比 E-001 低 13.00 分（72.00 对 85.00）。',
    );
    await user.click(within(rowOf('E-006')).getByRole('button'));
    const e6 = screen.getByRole('region', { name: 'E-006 评分明细' });
    expect(within(e6).getByTestId('why-rank')).toHaveTextContent('与 E-005 并列第 1 名');
  });

  it('shows a translated load error with a retry', async () => {
    vi.mocked(loadPreviewBase).mockRejectedValueOnce({ code: 'permission-denied' });
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    expect(await screen.findByText('你没有权限查看这些内容。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findAllByTestId('result-row')).toHaveLength(5);
  });

  it('speaks English', async () => {
    await setTestLanguage('en');
    const { user } = renderWithRouter(<ResultsPreview competition={fixtureCompetition()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Results preview' })).toBeInTheDocument();
    await screen.findAllByTestId('result-row');

    const growth = screen.getByRole('region', { name: 'Growth' });
    expect(within(growth).getByText('First prize')).toBeInTheDocument();
    expect(within(growth).getByText('Second prize')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Start-up' })).getAllByText('tied')).toHaveLength(2);
    expect(screen.getByText(/Trimmed mean: drop 1 highest and 1 lowest/)).toBeInTheDocument();
    expect(screen.getByText('Too few counted sheets')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save computation' })).toBeInTheDocument();

    await user.click(within(rowOf('E-003')).getByRole('button'));
    const panel = screen.getByRole('region', { name: 'E-003 breakdown' });
    expect(within(panel).getByTestId('deciding-rule')).toHaveTextContent(
      'Equal score, decided by mean of Technology & innovation: E-002 is higher (9.00 vs 6.00)',
    );
    await user.click(within(rowOf('E-001')).getByRole('button'));
    expect(within(screen.getByRole('region', { name: 'E-001 breakdown' })).getAllByText('Dropped')).toHaveLength(2);
    expect(within(screen.getByRole('region', { name: 'Judge statistics' })).getByText('Harsh')).toBeInTheDocument();
  });
});

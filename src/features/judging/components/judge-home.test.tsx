import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '@/domain/model';
import { demoCompetition, demoEntry, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { getAssignedEntry, getRoundWork, type RoundWork } from '../api/judge-work';
import { JudgeHome } from './judge-home';

vi.mock('../api/judge-work', () => ({ getRoundWork: vi.fn(), getAssignedEntry: vi.fn() }));

const entry = (n: number, overrides: Partial<Entry> = {}) =>
  demoEntry({
    id: `e${n}`,
    code: `E-${String(n).padStart(3, '0')}`,
    title: `项目 ${n}`,
    status: 'submitted',
    submittedAt: 0,
    ...overrides,
  });

/** Serves getAssignedEntry from a table; ids not in it are refused like the rules would. */
function serveEntries(entries: Entry[]) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  vi.mocked(getAssignedEntry).mockImplementation(async (_cid, eid) => {
    const found = byId.get(eid);
    if (!found) throw { code: 'permission-denied' };
    return found;
  });
}

const rowsShown = () => screen.findAllByTestId('assignment-row');
/** The codes of the rows on screen, once every entry on the page is read. */
async function codesShown() {
  await rowsShown();
  await waitFor(() => expect(screen.queryByText('正在加载项目…')).not.toBeInTheDocument());
  return screen.getAllByTestId('assignment-row').map((r) => r.querySelector('span')?.textContent);
}

describe('JudgeHome', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(getRoundWork).mockReset();
    vi.mocked(getAssignedEntry).mockReset();
    // jsdom lays nothing out; the pager scrolls the list's top into view.
    Element.prototype.scrollIntoView = vi.fn();
  });

  it('shows each open round with its progress and the entries with their sheets, recused ones left out', async () => {
    const work: RoundWork = {
      assignedEntryIds: ['e1', 'e2', 'e3'],
      sheetStatus: { e1: 'submitted', e2: 'draft', e9: 'recused' },
    };
    vi.mocked(getRoundWork).mockResolvedValue(work);
    serveEntries([entry(1), entry(2, { trackId: 'startup' }), entry(3)]);
    const competition = demoCompetition({ openRoundIds: ['online', 'final'] });

    renderWithRouter(<JudgeHome competition={competition} uid="j" />);

    expect(screen.getByRole('heading', { level: 1, name: '我的评审任务' })).toBeInTheDocument();
    expect(screen.getByText(/匿名评审/)).toBeInTheDocument();
    const online = screen.getByRole('region', { name: '网络评审' });
    const final = screen.getByRole('region', { name: '决赛路演' });
    expect(within(online).getByText(/^在线阅读每个项目的材料/)).toBeInTheDocument();
    expect(within(final).getByText(/^在路演现场/)).toBeInTheDocument();

    const bar = await within(online).findByRole('progressbar', { name: '网络评审评分进度' });
    expect(getRoundWork).toHaveBeenCalledWith('xining-2025', 'j', 'online');
    // The roadshow round is scored on stage: a link to its stage page, no list.
    expect(getRoundWork).not.toHaveBeenCalledWith('xining-2025', 'j', 'final');
    expect(within(final).getByRole('link', { name: '进入路演现场' })).toHaveAttribute(
      'href',
      '/c/xining-2025/judge/stage/final',
    );
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    expect(within(online).getByText('已完成评分 1 / 3')).toBeInTheDocument();

    const list = within(online).getByRole('list', { name: '网络评审的项目' });
    const rows = await within(list).findAllByTestId('assignment-row');
    expect(rows).toHaveLength(3);
    const first = within(rows[0]!).getByRole('link');
    expect(first).toHaveAttribute('href', '/c/xining-2025/judge/rounds/online/entries/e1');
    expect(await within(first).findByText('项目 1')).toBeInTheDocument();
    expect(within(first).getByText('成长组')).toBeInTheDocument();
    expect(within(first).getByText('已提交')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('草稿')).toBeInTheDocument();
    expect(await within(rows[1]!).findByText('初创组')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('未开始')).toBeInTheDocument();
    expect(within(online).queryByText('已回避')).not.toBeInTheDocument();
  });

  it('tells the judge why an organizer reopened a sheet, until it is submitted again', async () => {
    vi.mocked(getRoundWork).mockResolvedValue({
      assignedEntryIds: ['e1', 'e2'],
      sheetStatus: { e1: 'draft', e2: 'submitted' },
      // e2's was submitted again since: a stale reason is not shown.
      reopened: { e1: { reason: '创新性评分与评语不符，请复核', at: 0 }, e2: { reason: '旧的原因', at: 0 } },
    });
    serveEntries([entry(1), entry(2)]);
    renderWithRouter(<JudgeHome competition={demoCompetition({ openRoundIds: ['online'] })} uid="j" />);

    const rows = await rowsShown();
    expect(within(rows[0]!).getByTestId('reopened-notice')).toHaveTextContent(
      '主办方重新开放了此评分：创新性评分与评语不符，请复核',
    );
    expect(within(rows[1]!).queryByTestId('reopened-notice')).not.toBeInTheDocument();
  });

  it('shows recused entries under their status, without a link when the entry is no longer readable', async () => {
    vi.mocked(getRoundWork).mockResolvedValue({ assignedEntryIds: ['e1'], sheetStatus: { e9: 'recused' } });
    serveEntries([entry(1)]);
    const { user } = renderWithRouter(<JudgeHome competition={demoCompetition()} uid="j" />);

    expect(await codesShown()).toEqual(['E-001']);
    await user.selectOptions(screen.getByLabelText('评分状态'), '已回避（1）');
    const [row] = await rowsShown();
    expect(row).toHaveAttribute('data-status', 'recused');
    expect(await within(row!).findByText('该项目已不再分配给你')).toBeInTheDocument();
    expect(within(row!).queryByRole('link')).not.toBeInTheDocument();
  });

  // A full page of rows re-rendered on every keystroke: slow in jsdom on a busy machine.
  describe('with 25 entries', { timeout: 15_000 }, () => {
    const entries = Array.from({ length: 25 }, (_, i) =>
      entry(i + 1, { trackId: i % 3 === 0 ? 'startup' : 'growth', title: i === 7 ? '高原光伏' : `项目 ${i + 1}` }),
    );
    const renderHome = async () => {
      vi.mocked(getRoundWork).mockResolvedValue({
        assignedEntryIds: entries.map((e) => e.id).reverse(),
        sheetStatus: { e1: 'submitted', e2: 'submitted', e4: 'draft' },
      });
      serveEntries(entries);
      const view = renderWithRouter(<JudgeHome competition={demoCompetition({ blind: false })} uid="j" />);
      expect(await screen.findByText('已完成评分 2 / 25')).toBeInTheDocument();
      return view;
    };

    it('pages by 20, in code order', async () => {
      const { user } = await renderHome();
      expect(screen.queryByText(/匿名评审/)).not.toBeInTheDocument();
      expect(await screen.findByText('第 1–20 个，共 25 个项目')).toBeInTheDocument();
      expect((await codesShown())[0]).toBe('E-001');
      expect(screen.getByText('第 1 / 2 页')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();

      await user.click(screen.getByRole('button', { name: '下一页' }));
      expect(screen.getByText('第 2 / 2 页')).toBeInTheDocument();
      expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
      expect(await codesShown()).toEqual(['E-021', 'E-022', 'E-023', 'E-024', 'E-025']);
      expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
      await user.click(screen.getByRole('button', { name: '上一页' }));
      expect((await codesShown())[0]).toBe('E-001');
    });

    it('filters by status from page 1, and by track', async () => {
      const { user } = await renderHome();
      await codesShown();
      await user.click(screen.getByRole('button', { name: '下一页' }));
      await user.selectOptions(screen.getByLabelText('评分状态'), '已提交（2）');
      expect(await codesShown()).toEqual(['E-001', 'E-002']);
      expect(screen.queryByRole('navigation', { name: '分页' })).not.toBeInTheDocument();

      await user.selectOptions(screen.getByLabelText('评分状态'), 'all');
      await user.selectOptions(screen.getByLabelText('赛道'), '初创组');
      expect(await screen.findByText('共 9 个项目')).toBeInTheDocument();
      expect((await codesShown()).slice(0, 3)).toEqual(['E-001', 'E-004', 'E-007']);
    });

    it('searches code and title, and clears the filters', async () => {
      const { user } = await renderHome();
      await codesShown();
      const search = screen.getByLabelText('搜索编号或项目名称');
      await user.type(search, 'e02');
      expect(await codesShown()).toEqual(['E-020', 'E-021', 'E-022', 'E-023', 'E-024', 'E-025']);
      await user.clear(search);
      await user.type(search, '光伏');
      expect(await codesShown()).toEqual(['E-008']);

      await user.type(search, '不存在');
      expect(await screen.findByText('没有符合筛选条件的项目。')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: '清除筛选' }));
      expect(await codesShown()).toHaveLength(20);
      expect(search).toHaveValue('');
    });
  });

  it('says so when no round is open, without querying', () => {
    renderWithRouter(<JudgeHome competition={demoCompetition({ openRoundIds: [] })} uid="j" />);
    expect(screen.getByText(/当前没有进行中的评审轮次/)).toBeInTheDocument();
    expect(getRoundWork).not.toHaveBeenCalled();
  });

  it('says so when nothing is assigned in the round', async () => {
    vi.mocked(getRoundWork).mockResolvedValue({ assignedEntryIds: [], sheetStatus: {} });
    renderWithRouter(<JudgeHome competition={demoCompetition()} uid="j" />);
    expect(await screen.findByText(/本轮暂无分配给你的项目/)).toBeInTheDocument();
  });

  it('shows a translated error with a retry', async () => {
    vi.mocked(getRoundWork)
      .mockRejectedValueOnce({ code: 'permission-denied' })
      .mockResolvedValueOnce({ assignedEntryIds: ['e1'], sheetStatus: {} });
    serveEntries([entry(1)]);
    const { user } = renderWithRouter(<JudgeHome competition={demoCompetition()} uid="j" />);

    expect(await screen.findByText('你没有权限查看这些内容。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await codesShown()).toEqual(['E-001']);
  });

  it('offers a retry for entries whose read failed on the network', async () => {
    vi.mocked(getRoundWork).mockResolvedValue({ assignedEntryIds: ['e1', 'e2'], sheetStatus: {} });
    serveEntries([entry(1), entry(2)]);
    vi.mocked(getAssignedEntry).mockRejectedValueOnce({ code: 'unavailable' });
    const { user } = renderWithRouter(<JudgeHome competition={demoCompetition()} uid="j" />);

    expect(await screen.findByText('1 个项目加载失败，请检查网络后重试。')).toBeInTheDocument();
    expect(screen.getByText('项目加载失败')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('项目 1')).toBeInTheDocument();
    expect(await screen.findByText('项目 2')).toBeInTheDocument();
    expect(screen.queryByText(/加载失败/)).not.toBeInTheDocument();
  });
});

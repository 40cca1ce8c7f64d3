import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { assignRound } from '../api/assign-round';
import { loadAssignmentSetup } from '../api/assignment-setup';
import { callableError, fixtureResult, fixtureSetup } from '../testing/fixture';
import { AssignmentPage } from './assignment-page';

// The feature's own api modules, not Firebase.
vi.mock('../api/assign-round', () => ({ assignRound: vi.fn() }));
vi.mock('../api/assignment-setup', () => ({ loadAssignmentSetup: vi.fn() }));

const both = ['growth', 'startup'];
const pools = (k: number, judgeUids = ['j1', 'j2', 'j3']) => both.map((trackId) => ({ trackId, k, judgeUids }));

async function openPage(route = '/') {
  const view = renderWithRouter(<AssignmentPage competition={demoCompetition()} />, { route });
  await screen.findByRole('button', { name: '预览分配' });
  return view;
}

describe('AssignmentPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(loadAssignmentSetup).mockReset().mockResolvedValue(fixtureSetup());
    vi.mocked(assignRound).mockReset().mockResolvedValue(fixtureResult());
  });

  it('previews the open round with k = 5 and every judge, shows loads and pairs, then commits after a confirm', async () => {
    const { user } = await openPage();
    expect(screen.getByRole('combobox', { name: '评审轮次' })).toHaveValue('online');
    expect(loadAssignmentSetup).toHaveBeenCalledWith('xining-2025', 'online');
    // An online round offers the engine only.
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    const growth = screen.getByRole('region', { name: '成长组' });
    expect(within(growth).getByText('2 个参评项目')).toBeInTheDocument();
    expect(within(growth).getByRole('spinbutton', { name: '每个项目的评委人数 k' })).toHaveValue(5);
    expect(screen.getByRole('checkbox', { name: '所有组别使用同一批评委' })).toBeChecked();
    const judges = screen.getByRole('group', { name: '评委 · 所有组别' });
    expect(
      within(judges)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, true, true]);
    expect(within(judges).getByText('单位1')).toBeInTheDocument();
    expect(within(judges).getByText('专长1')).toBeInTheDocument();
    expect(within(judges).getByText('未填写单位')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '预览分配' }));
    expect(assignRound).toHaveBeenCalledWith({
      competitionId: 'xining-2025',
      roundId: 'online',
      commit: false,
      strategy: 'engine',
      pools: pools(5),
    });
    const loads = await screen.findByRole('table', { name: '每位评委的工作量' });
    const rows = within(loads).getAllByTestId('load-row');
    expect(rows.map((r) => [r.dataset.judge, within(r).getByTestId('load-value').textContent])).toEqual([
      ['j1', '3'],
      ['j2', '2'],
      ['j3', '1'],
    ]);
    expect(rows[0]).toHaveTextContent('+1');
    expect(rows[2]).toHaveTextContent('−1');
    expect(screen.getByTestId('stat-load')).toHaveTextContent('1–3相差 2');
    expect(screen.getByTestId('stat-tags')).toHaveTextContent('2 / 6');
    const added = screen.getByRole('table', { name: '将新增的分配' });
    expect(
      within(added)
        .getAllByTestId('pair-row')
        .map((r) => r.textContent),
    ).toEqual(['G-001项目1评委2', 'S-003项目3评委1']);
    expect(within(screen.getByRole('table', { name: '将取消的分配' })).getByText('评委3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '提交分配…' }));
    const confirm = screen.getByTestId('commit-confirm');
    expect(confirm).toHaveTextContent('将新增 2 条、取消 1 条分配');
    expect(assignRound).toHaveBeenCalledTimes(1);
    vi.mocked(assignRound).mockResolvedValueOnce(fixtureResult({ committed: true }));
    await user.click(within(confirm).getByRole('button', { name: '确认提交' }));
    expect(assignRound).toHaveBeenLastCalledWith(expect.objectContaining({ commit: true, pools: pools(5) }));
    expect(await screen.findByText('分配已提交')).toBeInTheDocument();
    expect(screen.getByTestId('commit-done')).toHaveTextContent(/（北京时间）：共 6 条评审任务，新增 2 条，取消 1 条/);
    expect(screen.getByRole('region', { name: '已提交的分配' })).toBeInTheDocument();
  });

  it('starts from the stored plan: its k and a panel per track', async () => {
    vi.mocked(loadAssignmentSetup).mockResolvedValue(
      fixtureSetup({
        plan: {
          strategy: 'engine',
          pools: [
            { trackId: 'growth', k: 3, judgeUids: ['j1', 'j2', 'gone'] },
            { trackId: 'startup', k: 2, judgeUids: ['j3'] },
          ],
        },
      }),
    );
    const { user } = await openPage();
    const k = (track: string) =>
      within(screen.getByRole('region', { name: track })).getByRole('spinbutton', { name: '每个项目的评委人数 k' });
    expect(k('成长组')).toHaveValue(3);
    expect(k('初创组')).toHaveValue(2);
    expect(screen.getByRole('checkbox', { name: '所有组别使用同一批评委' })).not.toBeChecked();
    const startup = screen.getByRole('group', { name: '评委 · 初创组' });
    expect(within(startup).getByText('已选 1 / 3 位')).toBeInTheDocument();
    await user.click(within(startup).getByRole('checkbox', { name: /评委1/ }));

    await user.click(screen.getByRole('button', { name: '预览分配' }));
    expect(assignRound).toHaveBeenCalledWith(
      expect.objectContaining({
        pools: [
          { trackId: 'growth', k: 3, judgeUids: ['j1', 'j2'] },
          { trackId: 'startup', k: 2, judgeUids: ['j1', 'j3'] },
        ],
      }),
    );
  });

  it('shows the engine’s reasons for an impossible request, in the interface language, and offers no commit', async () => {
    vi.mocked(assignRound).mockRejectedValue(
      callableError('failed-precondition', {
        problems: [
          { code: 'too-few-judges', entryId: 'e1', entryCode: 'G-001', trackId: 'growth', allowed: 3, needed: 8 },
          { code: 'too-many-locked', entryId: 'e2', locked: 4, needed: 2 },
          { code: 'empty-pool', trackId: 'startup' },
          { code: 'unknown-judge', judgeUid: 'ghost' },
          { code: 'engine', text: 'judges[0]: duplicate id' },
          'a plain line',
        ],
      }),
    );
    const { user } = await openPage();
    await user.clear(within(screen.getByRole('region', { name: '成长组' })).getByRole('spinbutton'));
    await user.type(within(screen.getByRole('region', { name: '成长组' })).getByRole('spinbutton'), '8');
    await user.click(screen.getByRole('button', { name: '预览分配' }));
    expect(assignRound).toHaveBeenCalledWith(
      expect.objectContaining({ pools: [pools(8)[0], { trackId: 'startup', k: 5, judgeUids: ['j1', 'j2', 'j3'] }] }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('预览失败');
    expect(alert).toHaveTextContent('无法按当前设置分配，没有做任何更改。');
    const items = within(screen.getByTestId('assign-problems'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'G-001：每个项目需要 8 位评委，但所选评委中与其没有利益冲突的只有 3 位。请增加评委或降低 k。',
      'G-002：已有 4 位评委提交了评分，多于每个项目需要的 2 位。请把 k 至少设为 4。',
      '初创组：没有选择评委。请至少选择一位。',
      '评委（ghost） 不是本赛事的评委。请刷新页面后重新选择。',
      '分配引擎：judges[0]: duplicate id',
      '分配引擎：a plain line',
    ]);
    expect(screen.queryByRole('button', { name: '提交分配…' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('assign-result')).not.toBeInTheDocument();
  });

  it('translates the reasons in English too, says alike ones once, and folds a long list', async () => {
    await setTestLanguage('en');
    const few = (i: number, allowed: number) => ({
      code: 'too-few-judges',
      entryId: `e${i}`,
      entryCode: `E-${100 + i}`,
      trackId: 'growth',
      allowed,
      needed: 8,
    });
    vi.mocked(assignRound).mockRejectedValue(
      callableError('failed-precondition', {
        problems: [
          ...Array.from({ length: 9 }, (_, i) => few(i, 7)),
          few(20, 6),
          ...Array.from({ length: 9 }, (_, i) => ({ code: 'empty-pool', trackId: `t${i}` })),
        ],
      }),
    );
    const view = renderWithRouter(<AssignmentPage competition={demoCompetition()} />);
    await view.user.click(await screen.findByRole('button', { name: 'Preview' }));
    const list = await screen.findByTestId('assign-problems');
    const items = () => within(list).getAllByRole('listitem');
    expect(items()).toHaveLength(8);
    expect(items()[0]).toHaveTextContent(
      'E-100, E-101, E-102, E-103, E-104, E-105 and 3 more entries: 8 judges are needed per entry, but only 7 of the chosen judges have no conflict with it. Choose more judges or lower k.',
    );
    expect(items()[1]).toHaveTextContent(/^E-120: 8 judges are needed per entry, but only 6/);
    await view.user.click(screen.getByRole('button', { name: 'Show all 11 reasons' }));
    expect(items()).toHaveLength(11);
  });

  it('refuses a k outside 1..20 before calling the server', async () => {
    const { user } = await openPage();
    const k = within(screen.getByRole('region', { name: '初创组' })).getByRole('spinbutton');
    await user.clear(k);
    await user.type(k, '21');
    expect(screen.getByText('请输入 1 到 20 之间的整数。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '预览分配' })).toBeDisabled();
    expect(screen.getByText('请先改正 k 的取值。')).toBeInTheDocument();
    await user.clear(k);
    await user.type(k, '2');
    expect(screen.getByRole('button', { name: '预览分配' })).toBeEnabled();
  });

  it('asks for a new preview when the settings change after one', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: '预览分配' }));
    await screen.findByRole('button', { name: '提交分配…' });
    await user.click(screen.getByRole('checkbox', { name: /评委2/ }));
    expect(screen.getByText('设置已修改，这份预览已过时。请重新预览后再提交。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交分配…' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '预览分配' }));
    expect(assignRound).toHaveBeenLastCalledWith(expect.objectContaining({ pools: pools(5, ['j1', 'j3']) }));
    expect(await screen.findByRole('button', { name: '提交分配…' })).toBeInTheDocument();
  });

  it('offers every judge on every entry for a roadshow round', async () => {
    const { user } = await openPage('/?round=final');
    expect(loadAssignmentSetup).toHaveBeenCalledWith('xining-2025', 'final');
    await user.click(screen.getByRole('radio', { name: /每位评委评审全部项目/ }));
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '预览分配' }));
    expect(assignRound).toHaveBeenCalledWith(expect.objectContaining({ roundId: 'final', strategy: 'every-judge' }));
  });

  it('pages through a long list of pairs', async () => {
    const added = Array.from({ length: 25 }, (_, i) => ({ judgeUid: 'j1', entryId: `x${String(i).padStart(2, '0')}` }));
    vi.mocked(assignRound).mockResolvedValue(fixtureResult({ added }));
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: '预览分配' }));
    const table = await screen.findByRole('table', { name: '将新增的分配' });
    expect(within(table).getAllByTestId('pair-row')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: '再显示 5 条' }));
    expect(within(table).getAllByTestId('pair-row')).toHaveLength(25);
  });

  it('says the warnings with judge names, entry codes and track names, a judge’s alike ones once', async () => {
    vi.mocked(assignRound).mockResolvedValue(
      fixtureResult({
        warnings: [
          { code: 'locked-out-of-pool', judgeUid: 'j3', entryId: 'e1', entryCode: 'G-001', trackId: 'growth' },
          { code: 'locked-forbidden', judgeUid: 'j1', entryId: 'e1', entryCode: 'G-001', reason: 'conflict' },
          { code: 'locked-out-of-pool', judgeUid: 'j3', entryId: 'e2', entryCode: 'G-002', trackId: 'growth' },
          { code: 'locked-not-competing', judgeUid: 'j2', entryId: 'e4' },
          { code: 'locked-forbidden', judgeUid: 'j2', entryId: 'e3', entryCode: 'S-003', reason: 'organization' },
        ],
      }),
    );
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: '预览分配' }));
    const list = await screen.findByTestId('assign-warnings');
    const items = () =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(items()).toEqual([
      '评委3 不在“成长组”所选的评委中，但已提交了评分（G-001、G-002）：分配随之取消，已提交的评分保留。',
      '评委1 已声明与项目存在利益冲突，但已提交了评分（G-001）：分配保持不变，评分照常计入。',
      '评委2 已提交评分的项目不再参评（G-004）：分配随之取消，已提交的评分保留。',
    ]);
    await user.click(screen.getByRole('button', { name: '显示全部 4 条' }));
    expect(items()[3]).toBe('评委2 与项目属于同一单位，但已提交了评分（S-003）：分配保持不变，评分照常计入。');
  });

  it('says the warnings in English too', async () => {
    await setTestLanguage('en');
    vi.mocked(assignRound).mockResolvedValue(
      fixtureResult({
        warnings: [
          { code: 'locked-out-of-pool', judgeUid: 'j3', entryId: 'e1', entryCode: 'G-001', trackId: 'growth' },
          { code: 'locked-out-of-pool', judgeUid: 'j3', entryId: 'e2', entryCode: 'G-002', trackId: 'growth' },
          { code: 'locked-forbidden', judgeUid: 'gone', entryId: 'e3', entryCode: 'S-003', reason: 'conflict' },
          { code: 'other', text: 'a newer server’s warning' },
        ],
      }),
    );
    const view = renderWithRouter(<AssignmentPage competition={demoCompetition()} />);
    await view.user.click(await screen.findByRole('button', { name: 'Preview' }));
    const list = await screen.findByTestId('assign-warnings');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '评委3 submitted sheets for G-001, G-002 but is not among the judges chosen for Growth: the assignments are removed, the submitted sheets stay.',
      'Judge (gone) declared a conflict with S-003 but already submitted a sheet for it: the assignment is kept and the sheet counts.',
      'Assignment engine: a newer server’s warning',
    ]);
  });

  it('says what to do when the commit fails, and lets it be tried again', async () => {
    const { user } = await openPage();
    await user.click(screen.getByRole('button', { name: '预览分配' }));
    await user.click(await screen.findByRole('button', { name: '提交分配…' }));
    vi.mocked(assignRound).mockRejectedValueOnce(callableError('unavailable'));
    await user.click(screen.getByRole('button', { name: '确认提交' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('提交失败');
    expect(alert).toHaveTextContent('网络连接失败，没有做任何更改。请检查网络后重试。');
    // The preview stays, and the commit can be confirmed again.
    expect(screen.getByRole('table', { name: '每位评委的工作量' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '确认提交' }));
    expect(await screen.findByText('分配已提交')).toBeInTheDocument();
    expect(assignRound).toHaveBeenCalledTimes(3);
  });

  it('offers nothing for a closed round', async () => {
    const competition = demoCompetition();
    competition.rounds = competition.rounds.map((r) => (r.id === 'final' ? { ...r, status: 'closed' as const } : r));
    renderWithRouter(<AssignmentPage competition={competition} />, { route: '/?round=final' });
    expect(await screen.findByText('这一轮次已结束，分配不能再调整。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '预览分配' })).not.toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    vi.mocked(loadAssignmentSetup).mockRejectedValueOnce(Object.assign(new Error('x'), { code: 'permission-denied' }));
    const { user } = renderWithRouter(<AssignmentPage competition={demoCompetition()} />);
    await user.click(await screen.findByRole('button', { name: '重试' }));
    expect(await screen.findByRole('button', { name: '预览分配' })).toBeInTheDocument();
  });
});

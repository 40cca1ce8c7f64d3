import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageCursor } from '@/lib/async/pagination';
import { demoCompetition, demoEntry, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { getMyProgress, listMyAssignments, type AssignmentRow } from '../api/assignments';
import { JudgeHome } from './judge-home';

vi.mock('../api/assignments', () => ({ listMyAssignments: vi.fn(), getMyProgress: vi.fn() }));

const row = (n: number, sheetStatus: AssignmentRow['sheetStatus']): AssignmentRow => ({
  assignment: { id: `j__e${n}`, judgeUid: 'j', entryId: `e${n}`, roundIds: ['online'], assignedAt: 0 },
  entry: demoEntry({
    id: `e${n}`,
    code: `E-${String(n).padStart(3, '0')}`,
    title: `项目 ${n}`,
    status: 'submitted',
    submittedAt: 0,
  }),
  sheetStatus,
});

const cursor = {} as PageCursor;

describe('JudgeHome', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(listMyAssignments).mockReset();
    vi.mocked(getMyProgress).mockReset();
  });

  it('lists the open round’s assignments with sheet status and loads more', async () => {
    vi.mocked(getMyProgress).mockResolvedValue({ submitted: 1, total: 3 });
    vi.mocked(listMyAssignments)
      .mockResolvedValueOnce({ items: [row(1, 'submitted'), row(2, 'draft')], next: cursor })
      .mockResolvedValueOnce({ items: [row(3, 'not-started')], next: null });

    const { user } = renderWithRouter(<JudgeHome competition={demoCompetition()} uid="j" />);

    expect(screen.getByRole('heading', { level: 1, name: '我的评审任务' })).toBeInTheDocument();
    expect(screen.getByText('当前轮次：网络评审')).toBeInTheDocument();
    expect(await screen.findByText('已提交 1 / 3')).toBeInTheDocument();

    const rows = await screen.findAllByTestId('assignment-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('E-001')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('项目 1')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('成长组')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('已提交')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('草稿')).toBeInTheDocument();
    expect(listMyAssignments).toHaveBeenCalledWith('xining-2025', 'j', 'online', null, 20);

    await user.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findAllByTestId('assignment-row')).toHaveLength(3);
    expect(listMyAssignments).toHaveBeenLastCalledWith('xining-2025', 'j', 'online', cursor, 20);
    expect(screen.getByText('未开始')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
  });

  it('says so when no round is open, without querying', () => {
    renderWithRouter(<JudgeHome competition={demoCompetition({ openRoundIds: [], rounds: [] })} uid="j" />);
    expect(screen.getByText(/当前没有进行中的评审轮次/)).toBeInTheDocument();
    expect(listMyAssignments).not.toHaveBeenCalled();
  });

  it('shows a translated error with a retry', async () => {
    vi.mocked(getMyProgress).mockResolvedValue({ submitted: 0, total: 1 });
    vi.mocked(listMyAssignments)
      .mockRejectedValueOnce({ code: 'permission-denied' })
      .mockResolvedValueOnce({ items: [row(1, 'not-started')], next: null });
    const { user } = renderWithRouter(<JudgeHome competition={demoCompetition()} uid="j" />);

    expect(await screen.findByText('你没有权限查看这些内容。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findAllByTestId('assignment-row')).toHaveLength(1);
  });
});

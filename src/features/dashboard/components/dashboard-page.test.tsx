import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryProgress, JudgeProgress, RoundProgress } from '@/domain/model';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { act } from 'react';
import { countShortEntries, getEntryCounts, getEntryLabel, getJudgeNames } from '../api/dashboard-reads';
import {
  subscribeToJudgeProgress,
  subscribeToRecusedEntries,
  subscribeToRoundProgress,
  subscribeToShortEntries,
} from '../api/progress-live';
import { DashboardPage } from './dashboard-page';

vi.mock('../api/progress-live', () => ({
  subscribeToRoundProgress: vi.fn(),
  subscribeToJudgeProgress: vi.fn(),
  subscribeToShortEntries: vi.fn(),
  subscribeToRecusedEntries: vi.fn(),
}));
vi.mock('../api/dashboard-reads', () => ({
  ENTRY_STATUSES: ['submitted', 'draft', 'withdrawn', 'disqualified'],
  getJudgeNames: vi.fn(),
  getEntryCounts: vi.fn(),
  getEntryLabel: vi.fn(),
  countShortEntries: vi.fn(),
  getRoundProgress: vi.fn(),
  getJudgeProgress: vi.fn(),
  getShortEntries: vi.fn(),
  getRecusedEntries: vi.fn(),
}));

const AS_OF = Date.parse('2026-11-20T10:30:00+08:00');
const round = (p: Partial<RoundProgress> = {}): RoundProgress => ({
  roundId: 'online',
  assigned: 10,
  submitted: 4,
  drafts: 3,
  recused: 1,
  asOf: AS_OF,
  ...p,
});
const judge = (judgeUid: string, p: Partial<JudgeProgress> = {}): JudgeProgress => ({
  roundId: 'online',
  judgeUid,
  assigned: 5,
  submitted: 2,
  drafts: 1,
  recused: 0,
  lastActivityAt: AS_OF,
  asOf: AS_OF,
  ...p,
});
const entry = (entryId: string, p: Partial<EntryProgress> = {}): EntryProgress => ({
  roundId: 'online',
  entryId,
  assigned: 5,
  submitted: 1,
  recused: 0,
  minimum: 3,
  belowMinimum: true,
  asOf: AS_OF,
  ...p,
});

/** The listeners' callbacks, to push later snapshots as the server would. */
const listeners: {
  round?: (p: RoundProgress | null, fromServer: boolean) => void;
  judges?: (p: JudgeProgress[], fromServer: boolean) => void;
} = {};

function serve({
  progress = round() as RoundProgress | null,
  judges = [judge('j1', { submitted: 5, drafts: 0 }), judge('j2')],
  short = [entry('e1'), entry('e2', { submitted: 2 })],
  recused = [entry('e3', { recused: 1, assigned: 4, submitted: 4, belowMinimum: false })],
} = {}) {
  vi.mocked(subscribeToRoundProgress).mockImplementation((_c, _r, next) => {
    listeners.round = next;
    next(progress, true);
    return () => {};
  });
  vi.mocked(subscribeToJudgeProgress).mockImplementation((_c, _r, next) => {
    listeners.judges = next;
    next(judges, true);
    return () => {};
  });
  vi.mocked(subscribeToShortEntries).mockImplementation((_c, _r, _max, next) => {
    next(short, true);
    return () => {};
  });
  vi.mocked(subscribeToRecusedEntries).mockImplementation((_c, _r, next) => {
    next(recused, true);
    return () => {};
  });
  vi.mocked(countShortEntries).mockResolvedValue(short.length);
  vi.mocked(getJudgeNames).mockResolvedValue({ j1: '王建国', j2: '李秀英' });
  vi.mocked(getEntryCounts).mockResolvedValue({
    growth: { submitted: 40, draft: 2, withdrawn: 1, disqualified: 0 },
    startup: { submitted: 36, draft: 5, withdrawn: 0, disqualified: 1 },
  });
  vi.mocked(getEntryLabel).mockImplementation(async (_cid, id) => ({
    code: `G-${id.slice(1).padStart(3, '0')}`,
    title: `项目 ${id}`,
    trackId: 'growth',
  }));
}

describe('DashboardPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.clearAllMocks();
  });

  it('shows the round at a glance, each judge, the short entries and those waiting for a judge', async () => {
    serve();
    renderWithRouter(<DashboardPage competition={demoCompetition()} />);

    expect(screen.getByRole('heading', { level: 1, name: '实时进度' })).toBeInTheDocument();
    expect(screen.getByLabelText('评审轮次')).toHaveValue('online');
    expect(subscribeToRoundProgress).toHaveBeenCalledWith(
      'xining-2025',
      'online',
      expect.any(Function),
      expect.any(Function),
    );
    const bar = screen.getByRole('progressbar', { name: '本轮评分进度' });
    expect(bar).toHaveAttribute('aria-valuenow', '4');
    expect(bar).toHaveAttribute('aria-valuemax', '10');
    expect(screen.getByTestId('dashboard-live')).toHaveTextContent('自动更新');

    const judges = await screen.findByTestId('dashboard-judges');
    const rows = within(judges).getAllByRole('row').slice(1);
    // The least done first.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['李秀英', '王建国']);
    expect(within(rows[0]!).getByRole('progressbar', { name: '李秀英的评分进度' })).toHaveAttribute(
      'aria-valuetext',
      '2 / 5',
    );

    const short = await screen.findByTestId('dashboard-short');
    const first = within(short).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/c/xining-2025/organizer/entries/e1');
    expect(await within(first).findByText('项目 e1')).toBeInTheDocument();
    expect(first).toHaveTextContent('已提交 1 / 至少 3 份');

    const awaiting = screen.getByTestId('dashboard-awaiting');
    expect(awaiting).toHaveTextContent('1 位评委回避 · 现有 4 / 5 位评委');

    const counts = await screen.findByTestId('dashboard-entry-counts');
    expect(within(counts).getAllByRole('columnheader').at(-1)).toHaveTextContent('合计');
    expect(within(counts).getByRole('row', { name: /已提交/ })).toHaveTextContent(/已提交.*76$/);
  });

  it('marks the judges who are late once the round has closed', async () => {
    serve();
    const competition = demoCompetition();
    competition.rounds[0]!.closesAt = Date.now() - 60_000;
    renderWithRouter(<DashboardPage competition={competition} />);
    const judges = await screen.findByTestId('dashboard-judges');
    const late = within(judges).getByRole('row', { name: /李秀英/ });
    expect(within(late).getByText('逾期')).toBeInTheDocument();
    expect(within(judges).getByRole('row', { name: /王建国/ })).not.toHaveTextContent('逾期');
    expect(screen.getByTestId('dashboard-close-note')).toHaveTextContent('仍有 1 位评委未完成评分');
  });

  it('updates by itself when the progress documents change', async () => {
    serve();
    renderWithRouter(<DashboardPage competition={demoCompetition()} />);
    await screen.findByTestId('dashboard-judges');
    act(() => {
      listeners.round!(round({ submitted: 5, drafts: 2 }), true);
      listeners.judges!([judge('j1', { submitted: 5, drafts: 0 }), judge('j2', { submitted: 3 })], true);
    });
    expect(screen.getByRole('progressbar', { name: '本轮评分进度' })).toHaveAttribute('aria-valuenow', '5');
    const judges = screen.getByTestId('dashboard-judges');
    expect(within(judges).getByRole('progressbar', { name: '李秀英的评分进度' })).toHaveAttribute(
      'aria-valuetext',
      '3 / 5',
    );
  });

  it('says when there is nothing yet', async () => {
    serve({ progress: null, judges: [], short: [], recused: [] });
    renderWithRouter(<DashboardPage competition={demoCompetition()} />);
    expect(screen.getByText(/本轮还没有分配评审任务/)).toBeInTheDocument();
    expect(await screen.findByText('本轮还没有评委分配到项目。')).toBeInTheDocument();
    expect(screen.getByText('所有已分配的项目都已达到最少评分份数。')).toBeInTheDocument();
    expect(screen.getByText('没有等待补派评委的项目。')).toBeInTheDocument();
  });

  it('shows a failed listener with a retry that listens again', async () => {
    serve();
    vi.mocked(subscribeToRoundProgress).mockImplementationOnce((_c, _r, _next, fail) => {
      fail({ code: 'unavailable' });
      return () => {};
    });
    const { user } = renderWithRouter(<DashboardPage competition={demoCompetition()} />);
    const totals = screen.getByRole('region', { name: '评分总览' });
    await user.click(within(totals).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(within(totals).getByRole('progressbar', { name: '本轮评分进度' })).toBeInTheDocument());
    expect(subscribeToRoundProgress).toHaveBeenCalledTimes(2);
  });

  it('follows the round chosen, in English too', async () => {
    await setTestLanguage('en');
    serve();
    const { user } = renderWithRouter(<DashboardPage competition={demoCompetition()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Live progress' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Round'), 'final');
    expect(subscribeToRoundProgress).toHaveBeenLastCalledWith(
      'xining-2025',
      'final',
      expect.any(Function),
      expect.any(Function),
    );
    // The final round has no panel size: every judge scores every entry.
    expect(screen.getByText(/a recusal needs no replacement/)).toBeInTheDocument();
  });
});

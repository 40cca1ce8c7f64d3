import { screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Reveal, type SheetStatus, type Stage } from '@/domain/model';
import { newStage } from '@/domain/roadshow';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { stageControl } from '../api/stage-control';
import {
  subscribeToReveals,
  subscribeToScreenToken,
  subscribeToSheetStatuses,
  subscribeToStage,
} from '../api/stage-live';
import { getRoundJudges, getTeamLabels } from '../api/stage-reads';
import { StagePage } from './stage-page';

vi.mock('../api/stage-live', () => ({
  subscribeToStage: vi.fn(),
  subscribeToReveals: vi.fn(),
  subscribeToSheetStatuses: vi.fn(),
  subscribeToScreenToken: vi.fn(),
}));
vi.mock('../api/stage-reads', () => ({ getTeamLabels: vi.fn(), getRoundJudges: vi.fn() }));
vi.mock('../api/stage-control', () => ({ stageControl: vi.fn() }));

// A new stage as stageControl creates it, with these teams in order.
const stage = (p: Partial<Stage> = {}): Stage => ({ ...newStage('final', [], 0), order: ['e1', 'e2', 'e3'], ...p });

const listeners: { stage?: (s: Stage | null) => void; statuses?: (m: Map<string, SheetStatus>) => void } = {};

function serve(first: Stage | null, statuses = new Map<string, SheetStatus>(), reveals = new Map<string, Reveal>()) {
  vi.mocked(subscribeToStage).mockImplementation((_c, _r, next) => {
    listeners.stage = next;
    next(first);
    return () => {};
  });
  vi.mocked(subscribeToReveals).mockImplementation((_c, _r, next) => {
    next(reveals);
    return () => {};
  });
  vi.mocked(subscribeToSheetStatuses).mockImplementation((_c, _r, _e, next) => {
    listeners.statuses = next;
    next(statuses);
    return () => {};
  });
  vi.mocked(subscribeToScreenToken).mockImplementation((_c, _r, next) => {
    next(null);
    return () => {};
  });
  vi.mocked(getTeamLabels).mockResolvedValue(
    new Map([
      ['e1', { code: 'G-001', title: '高原牦牛乳' }],
      ['e2', { code: 'G-002', title: '光伏治沙' }],
      ['e3', { code: 'S-001', title: '藏医药' }],
    ]),
  );
  vi.mocked(getRoundJudges).mockResolvedValue({
    names: new Map([
      ['j1', '王建国'],
      ['j2', '李秀英'],
      ['j3', '张伟'],
    ]),
    byEntry: new Map([['e2', ['j1', 'j2', 'j3']]]),
  });
}

const competition = () => demoCompetition({ openRoundIds: ['final'] });
const route = '/c/xining-2025/organizer/stage?round=final';

describe('StagePage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.clearAllMocks();
    vi.mocked(stageControl).mockImplementation(async () => ({ stage: stage() }));
  });

  it('creates the stage on the first visit, then shows the order in number order with a draw button', async () => {
    serve(null);
    renderWithRouter(<StagePage competition={competition()} />, { route });
    await waitFor(() => expect(stageControl).toHaveBeenCalledWith('xining-2025', 'final', { type: 'init' }));
    act(() => listeners.stage?.(stage()));
    const rows = await screen.findAllByTestId('stage-order-row');
    expect(rows).toHaveLength(3);
    await waitFor(() => expect(rows[0]).toHaveTextContent('G-001'));
    expect(screen.getByText('尚未抽签：当前按项目编号排序。')).toBeInTheDocument();
    expect(stageControl).toHaveBeenCalledTimes(1);
  });

  it('draws, shows the seed, and moves a team by hand with setOrder', async () => {
    const { user } = ((): ReturnType<typeof renderWithRouter> => {
      serve(stage({ draw: { seed: 20261126, from: ['e1', 'e2', 'e3'], order: ['e1', 'e2', 'e3'], at: 0, by: 'o' } }));
      return renderWithRouter(<StagePage competition={competition()} />, { route });
    })();
    expect(await screen.findByTestId('stage-draw')).toHaveTextContent('20261126');
    await user.click(screen.getByRole('button', { name: '重新抽签' }));
    expect(stageControl).toHaveBeenLastCalledWith('xining-2025', 'final', { type: 'draw' });
    await user.click(await screen.findByRole('button', { name: '将 G-001 下移' }));
    expect(stageControl).toHaveBeenLastCalledWith('xining-2025', 'final', {
      type: 'setOrder',
      order: ['e2', 'e1', 'e3'],
    });
  });

  it("follows the judges' submissions live and reveals without waiting only after a confirmation", async () => {
    serve(
      stage({
        phase: 'scoring',
        current: { entryId: 'e2', code: 'G-002', title: '光伏治沙' },
        timer: { segment: 'qa', durationMs: 300_000, elapsedMs: 300_000, startedAt: null },
      }),
      new Map([['j1', 'submitted']]),
    );
    const base = competition();
    const { user } = renderWithRouter(
      <StagePage competition={{ ...base, aggregation: { ...base.aggregation, minSheets: 2 } }} />,
      { route },
    );
    expect(await screen.findByTestId('judges-submitted')).toHaveTextContent('已提交 1 / 3 位评委');
    // One of three submitted, the minimum two: no reveal at all yet.
    expect(screen.getByTestId('stage-reveal-without')).toBeDisabled();
    expect(screen.getByTestId('stage-reveal')).toBeDisabled();
    act(() =>
      listeners.statuses?.(
        new Map<string, SheetStatus>([
          ['j1', 'submitted'],
          ['j2', 'submitted'],
        ]),
      ),
    );
    expect(screen.getByTestId('judges-submitted')).toHaveTextContent('已提交 2 / 3 位评委');

    await user.click(screen.getByTestId('stage-reveal-without'));
    expect(stageControl).not.toHaveBeenCalled();
    expect(screen.getByText(/还有 1 位评委未提交/)).toBeInTheDocument();
    await user.click(screen.getByTestId('stage-reveal-anyway'));
    expect(stageControl).toHaveBeenCalledWith('xining-2025', 'final', { type: 'reveal', allowMissing: true });
  });

  it('shows a refusal in words', async () => {
    serve(stage({ phase: 'on-stage', current: { entryId: 'e1', code: 'G-001', title: '高原牦牛乳' } }));
    vi.mocked(stageControl).mockRejectedValue(
      Object.assign(new Error('Round is not open'), {
        code: 'functions/failed-precondition',
        details: { reason: 'round-not-open' },
      }),
    );
    const { user } = renderWithRouter(<StagePage competition={competition()} />, { route });
    expect(within(await screen.findByTestId('timer-pitch')).getByRole('timer')).toHaveTextContent('08:00');
    await user.click(screen.getByTestId('stage-open-scoring'));
    expect(await screen.findByTestId('stage-error')).toHaveTextContent('本轮尚未开放评审');
  });

  it('shows a revealed team with the struck totals and the final score', async () => {
    const reveal: Reveal = {
      roundId: 'final',
      entryId: 'e1',
      code: 'G-001',
      title: '高原牦牛乳',
      sheets: [
        { judgeNumber: 1, name: null, total: '90.00', struck: 'high' },
        { judgeNumber: 2, name: null, total: '80.00', struck: null },
        { judgeNumber: 3, name: null, total: '70.00', struck: 'low' },
      ],
      score: '80.00',
      method: 'trimmed-mean',
      missing: 0,
      revealedAt: 0,
      revealedBy: 'o',
    };
    serve(
      stage({ phase: 'revealed', current: { entryId: 'e1', code: 'G-001', title: '高原牦牛乳' }, revealed: ['e1'] }),
      new Map(),
      new Map([['e1', reveal]]),
    );
    renderWithRouter(<StagePage competition={competition()} />, { route });
    expect(await screen.findByTestId('stage-reveal-score')).toHaveTextContent('80.00');
    expect(screen.getByText('最高分，去掉')).toBeInTheDocument();
    expect(screen.getByText('最低分，去掉')).toBeInTheDocument();
    expect(screen.getByTestId('stage-next')).toHaveTextContent('下一个项目');
  });
});

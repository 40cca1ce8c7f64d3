import { screen } from '@testing-library/react';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type ScoreSheet, type Stage } from '@/domain/model';
import { newStage } from '@/domain/roadshow';
import { demoCompetition, demoEntry, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { followStage, type FollowedStage } from '../../api/stage-follow';
import { useSheetLive, type LiveSheetState } from '../../hooks/use-sheet-live';
import { JudgeStagePage } from './judge-stage-page';

vi.mock('../../api/stage-follow', () => ({ followStage: vi.fn() }));
vi.mock('../../hooks/use-sheet-live', () => ({ useSheetLive: vi.fn() }));
vi.mock('../../hooks/use-sheet-prime-access', () => ({ usePrimeOfflineAccess: vi.fn() }));
vi.mock('../../hooks/use-sheet-pending-submit', () => ({
  useSheetPendingSubmit: () => ({ pending: false, refused: null, queue: vi.fn(), cancel: vi.fn() }),
}));
// The sheet itself is the review round's (its own tests); here: which view the phone shows when.
vi.mock('../scoring/scoring-sheet', () => ({
  ScoringSheet: ({ entry, stage }: { entry: { title: string }; stage?: { scoringOpen: boolean } }) => (
    <div data-testid="sheet-stub" data-open={String(stage?.scoringOpen)}>
      {entry.title}
    </div>
  ),
}));
vi.mock('../scoring/deck-panel', () => ({ DeckPanel: () => <div data-testid="deck-stub" /> }));

// A new stage as stageControl creates it, with these teams in order.
const stage = (p: Partial<Stage> = {}): Stage => ({ ...newStage('final', [], 0), order: ['e1', 'e2'], ...p });
const team = (n: number) => ({ entryId: `e${n}`, code: `G-00${n}`, title: `项目 ${n}` });
const ready = (n: number, sheet: Partial<ScoreSheet> | null = null): LiveSheetState => ({
  status: 'ready',
  entry: demoEntry({ id: `e${n}`, code: `G-00${n}`, title: `项目 ${n}` }),
  sheet: sheet && ({ status: 'draft', scores: {}, ...sheet } as ScoreSheet),
  pendingWrites: false,
  fromCache: false,
});

let push: (followed: FollowedStage) => void = () => {};

describe('JudgeStagePage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.clearAllMocks();
    vi.mocked(followStage).mockImplementation((_c, _r, next) => {
      push = next;
      next({ stage: null, fromCache: false });
      return () => {};
    });
    vi.mocked(useSheetLive).mockImplementation((_c, _r, _u, eid) => ready(Number(eid.slice(1))));
  });

  it('follows the stage by itself: waiting, pitching, scoring, submitted, revealed, the next team', async () => {
    const competition = demoCompetition({ openRoundIds: ['final'] });
    renderWithRouter(<JudgeStagePage competition={competition} uid="j1" roundId="final" />);
    expect(screen.getByRole('heading', { level: 1, name: '等待路演开始' })).toBeInTheDocument();

    act(() =>
      push({
        stage: stage({
          phase: 'on-stage',
          current: team(1),
          timer: { segment: 'pitch', durationMs: 480_000, elapsedMs: 0, startedAt: null },
        }),
        fromCache: false,
      }),
    );
    expect(screen.getByTestId('phone-on-stage')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '项目 1' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('08:00');
    expect(screen.queryByTestId('sheet-stub')).not.toBeInTheDocument();

    act(() => push({ stage: stage({ phase: 'scoring', current: team(1) }), fromCache: false }));
    expect(screen.getByTestId('sheet-stub')).toHaveAttribute('data-open', 'true');

    vi.mocked(useSheetLive).mockImplementation(() => ready(1, { status: 'submitted' }));
    act(() => push({ stage: stage({ phase: 'scoring', current: team(1), revision: 2 }), fromCache: false }));
    expect(screen.getByTestId('phone-submitted')).toHaveTextContent('评分已提交，等待主办方亮分');

    act(() => push({ stage: stage({ phase: 'revealed', current: team(1), revealed: ['e1'] }), fromCache: false }));
    expect(screen.getByRole('heading', { level: 1, name: '已亮分' })).toBeInTheDocument();

    vi.mocked(useSheetLive).mockImplementation(() => ready(2));
    act(() => push({ stage: stage({ phase: 'on-stage', current: team(2), revealed: ['e1'] }), fromCache: false }));
    expect(screen.getByRole('heading', { level: 1, name: '项目 2' })).toBeInTheDocument();

    act(() => push({ stage: stage({ phase: 'idle', current: null, revealed: ['e1', 'e2'] }), fromCache: false }));
    expect(screen.getByRole('heading', { level: 1, name: '路演已全部结束' })).toBeInTheDocument();
  });

  it('says when the phone is offline', () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderWithRouter(<JudgeStagePage competition={demoCompetition()} uid="j1" roundId="final" />);
    expect(screen.getByTestId('phone-offline')).toHaveTextContent('当前离线');
    online.mockRestore();
  });

  it('is a not-found page for a round that is not a roadshow', () => {
    renderWithRouter(<JudgeStagePage competition={demoCompetition()} uid="j1" roundId="online" />);
    expect(screen.getByRole('heading', { level: 1, name: '找不到这一路演轮次' })).toBeInTheDocument();
  });
});

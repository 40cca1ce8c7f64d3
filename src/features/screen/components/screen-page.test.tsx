import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScreenFeed } from '@/domain/model/stage';
import { i18n } from '@/i18n';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { subscribeToScreenFeed, type FeedSnapshot } from '../api/screen-feed-live';
import { feedOf, pitchTimer, revealOf, standings } from '../screen-fixtures';
import { ScreenPage } from './screen-page';

vi.mock('../api/screen-feed-live', () => ({ subscribeToScreenFeed: vi.fn() }));

const TOKEN = 'q3JtY2xZbW9yZS1yYW5kb20tYnl0ZXMx'; // the shape of a real one: 24 bytes in base64url

/** The listener's callbacks, to push snapshots as the server (or the cache) would. */
let push: (s: Partial<FeedSnapshot>) => void = () => {};
let fail: (e: unknown) => void = () => {};

beforeEach(async () => {
  await setTestLanguage('zh-CN');
  vi.clearAllMocks();
  vi.mocked(subscribeToScreenFeed).mockImplementation((_token, next, onError) => {
    push = (s) => next({ feed: null, fromCache: false, receivedAt: Date.now(), ...s });
    fail = onError;
    return () => {};
  });
});

async function open(route = `/screen/${TOKEN}`, token = TOKEN) {
  const view = renderWithRouter(<ScreenPage token={token} />, { route });
  await screen.findByTestId('screen-page');
  return view;
}
const serve = (feed: ScreenFeed, fromCache = false) => act(() => push({ feed, fromCache }));

describe('ScreenPage', () => {
  it('shows the competition, the team on stage and its countdown in large digits', async () => {
    await open();
    expect(subscribeToScreenFeed).toHaveBeenCalledWith(TOKEN, expect.any(Function), expect.any(Function));
    expect(screen.getByRole('status')).toHaveTextContent('正在连接现场大屏');
    serve(feedOf());

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('西宁首届“相约高新区”创新创业大赛');
    expect(screen.getByText('决赛路演')).toBeInTheDocument();
    expect(screen.getByTestId('screen-team')).toHaveTextContent('项目编号 E-007');
    expect(screen.getByRole('heading', { level: 2, name: '盐湖锂资源绿色提取装备' })).toBeInTheDocument();
    const timer = screen.getByTestId('screen-timer');
    expect(timer).toHaveTextContent('项目陈述剩余时间');
    expect(timer).toHaveTextContent('08:00');
    expect(timer).toHaveTextContent('未开始');
    expect(timer).toHaveAttribute('data-last-minute', 'false');
    expect(screen.queryByTestId('screen-leaderboard')).not.toBeInTheDocument();
    expect(document.title).toBe('西宁首届“相约高新区”创新创业大赛 · 现场大屏');
  });

  it('counts down from the server time it started, and highlights the last minute in colour and in words', async () => {
    await open();
    // Started 7 min 30.5 s ago (by this clock): under 30 s left.
    serve(feedOf({ timer: pitchTimer({ startedAt: Date.now() - 450_500 }) }));
    const timer = screen.getByTestId('screen-timer');
    expect(timer).toHaveAttribute('data-state', 'running');
    expect(timer).toHaveAttribute('data-last-minute', 'true');
    expect(timer).toHaveTextContent(/00:(2\d|30)/);
    expect(timer).toHaveTextContent('最后一分钟');

    // Paused with 30 s left in the questions.
    serve(feedOf({ timer: pitchTimer({ segment: 'qa', durationMs: 300_000, elapsedMs: 270_000 }) }));
    expect(timer).toHaveTextContent('评委提问剩余时间');
    expect(timer).toHaveTextContent('00:30');
    expect(timer).toHaveTextContent('最后一分钟 · 已暂停');

    // Over time: 00:00, in words too.
    serve(feedOf({ timer: pitchTimer({ startedAt: Date.now() - 500_000 }) }));
    expect(timer).toHaveAttribute('data-state', 'over');
    expect(timer).toHaveTextContent('00:00');
    expect(timer).toHaveTextContent('时间到');
  });

  it('says the judges are scoring, and shows nothing of a reveal before the phase is revealed', async () => {
    await open();
    // A stray reveal in the feed while still scoring is not shown.
    serve(feedOf({ phase: 'scoring', reveal: revealOf() }));
    expect(screen.getByTestId('screen-scoring')).toHaveTextContent('评委正在打分');
    expect(screen.queryByTestId('screen-reveal')).not.toBeInTheDocument();
    expect(screen.queryByTestId('screen-score')).not.toBeInTheDocument();
  });

  it('reveals every judge total, the highest and lowest struck out (also in words) and the final score', async () => {
    await open();
    serve(feedOf({ phase: 'revealed', reveal: revealOf(), leaderboard: standings }));

    const reveal = screen.getByTestId('screen-reveal');
    const rows = within(reveal).getAllByTestId('screen-judge-row');
    expect(rows.map((r) => r.getAttribute('data-struck'))).toEqual(['none', 'high', 'none', 'low', 'none']);
    expect(rows[0]).toHaveTextContent('评委 1');
    expect(rows[0]).toHaveTextContent('88.20');
    expect(rows[1]).toHaveTextContent('93.50（最高分，已去掉）');
    expect(rows[3]).toHaveTextContent('79.00（最低分，已去掉）');
    expect(within(rows[1]!).getByText('93.50').tagName).toBe('S');
    expect(screen.getByTestId('screen-score')).toHaveTextContent(/^87\.53$/);
    expect(reveal).toHaveTextContent('最终得分');
    expect(reveal).toHaveTextContent('去掉一个最高分和一个最低分后取平均');
    expect(screen.queryByTestId('screen-missing')).not.toBeInTheDocument();
    expect(screen.queryByTestId('screen-timer')).not.toBeInTheDocument();

    // The leaderboard beside it, the revealed team marked.
    const board = screen.getByTestId('screen-leaderboard');
    expect(within(board).getByRole('heading', { name: '本轮实时排名' })).toBeInTheDocument();
    const lines = within(board).getAllByTestId('screen-leaderboard-row');
    expect(lines.map((l) => l.textContent)).toEqual([
      '1E-012高原牦牛乳制品冷链溯源平台91.40',
      '2E-003青海湖生态旅游数字导览88.75',
      '3E-007盐湖锂资源绿色提取装备87.53',
      '4E-021藏毯非遗纹样设计数据库84.10',
    ]);
    expect(lines[2]!.className).toMatch(/boardHighlight/);
  });

  it('names judges when the organizer chose to, and says when judges had not submitted', async () => {
    await open();
    const reveal = revealOf({
      sheets: [
        { judgeNumber: 1, name: '王建国', total: '80.00', struck: null },
        { judgeNumber: 2, name: '李秀英', total: '90.00', struck: null },
      ],
      score: '85.00',
      method: 'mean',
      missing: 1,
    });
    serve(feedOf({ phase: 'revealed', reveal }));
    const rows = screen.getAllByTestId('screen-judge-row');
    expect(rows.map((r) => r.textContent)).toEqual(['王建国80.00', '李秀英90.00']);
    expect(screen.getByTestId('screen-missing')).toHaveTextContent('1 位评委未提交，按已提交的评分计算');
    // Nothing struck: no trimmed-mean note.
    expect(screen.queryByText('去掉一个最高分和一个最低分后取平均')).not.toBeInTheDocument();
  });

  it('fills the screen with the standings between teams, and welcomes the hall before the first', async () => {
    await open();
    serve(feedOf({ phase: 'idle', current: null, timer: null }));
    expect(screen.getByText('路演即将开始')).toBeInTheDocument();
    expect(screen.queryByTestId('screen-leaderboard')).not.toBeInTheDocument();

    const many = Array.from({ length: 15 }, (_, i) => ({
      rank: i + 1,
      code: `E-${String(i + 1).padStart(3, '0')}`,
      title: `项目 ${i + 1}`,
      score: (90 - i).toFixed(2),
    }));
    serve(feedOf({ phase: 'idle', current: null, timer: null, leaderboard: many }));
    const board = screen.getByTestId('screen-leaderboard');
    expect(within(board).getAllByTestId('screen-leaderboard-row')).toHaveLength(10);
    expect(board).toHaveTextContent('另有 5 个项目');
    expect(screen.queryByTestId('screen-team')).not.toBeInTheDocument();
  });

  it('speaks English with ?lang=en without changing the app language', async () => {
    await open(`/screen/${TOKEN}?lang=en`);
    // English is a chunk of its own: the feed is listened to once it is loaded.
    await vi.waitFor(() => expect(subscribeToScreenFeed).toHaveBeenCalled());
    serve(feedOf({ phase: 'revealed', reveal: revealOf(), leaderboard: standings }));
    const page = await screen.findByTestId('screen-page');
    expect(page).toHaveAttribute('lang', 'en');
    expect(await screen.findByText('Final score')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Xining First');
    expect(screen.getByText('Final roadshow')).toBeInTheDocument();
    const rows = screen.getAllByTestId('screen-judge-row');
    expect(rows[1]).toHaveTextContent('Judge 2');
    expect(rows[1]).toHaveTextContent('93.50 (highest, struck out)');
    expect(screen.getByTestId('screen-team')).toHaveTextContent('Entry E-007');
    expect(i18n.language).toBe('zh-CN');
  });

  it('says an unknown or revoked link only once the server says so, and keeps the last picture offline', async () => {
    await open();
    // Nothing in the local cache yet: still connecting, not "revoked".
    act(() => push({ feed: null, fromCache: true }));
    expect(screen.queryByTestId('screen-unknown')).not.toBeInTheDocument();

    serve(feedOf());
    serve(feedOf(), true);
    expect(screen.getByTestId('screen-offline')).toHaveTextContent('网络已断开，正在重新连接');
    expect(screen.getByTestId('screen-team')).toBeInTheDocument();
    serve(feedOf());
    expect(screen.queryByTestId('screen-offline')).not.toBeInTheDocument();

    // A new link deletes the old feed: this screen says what to do.
    act(() => push({ feed: null, fromCache: false }));
    expect(screen.getByTestId('screen-unknown')).toHaveTextContent('大屏链接无效或已失效');
    expect(screen.getByTestId('screen-unknown')).toHaveTextContent('请在舞台控制台复制当前的大屏链接');
  });

  it('never looks up a token that cannot be one', async () => {
    await open('/screen/..', '..');
    expect(screen.getByTestId('screen-unknown')).toBeInTheDocument();
    expect(subscribeToScreenFeed).not.toHaveBeenCalled();
  });

  it('offers a retry when the listener fails', async () => {
    const { user } = await open();
    act(() => fail(new Error('unavailable')));
    expect(screen.getByTestId('screen-error')).toHaveTextContent('无法连接现场大屏');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(subscribeToScreenFeed).toHaveBeenCalledTimes(2);
    serve(feedOf());
    expect(screen.getByTestId('screen-team')).toBeInTheDocument();
  });
});

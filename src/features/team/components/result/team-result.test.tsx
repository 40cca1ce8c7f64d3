import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Objection } from '@/domain/model/results-docs';
import { useSessionStore } from '@/lib/auth/session-store';
import { demoCompetition, demoEntry, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { raiseObjection } from '../../api/raise-objection';
import { getFeedback, getLatestVersion, listTeamObjections, type TeamVersion } from '../../api/team-result';
import type * as TeamResultApi from '../../api/team-result';
import { TeamResult } from './team-result';

vi.mock('../../api/team-result', async (importOriginal) => ({
  ...(await importOriginal<typeof TeamResultApi>()),
  getLatestVersion: vi.fn(),
  getFeedback: vi.fn(),
  listTeamObjections: vi.fn(),
}));
vi.mock('../../api/raise-objection', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  raiseObjection: vi.fn(),
}));

const NOW = Date.UTC(2030, 6, 10, 4);
const version = (over: Partial<TeamVersion> = {}): TeamVersion => ({
  id: 'v1',
  version: 1,
  roundId: 'online',
  roundName: '网络评审',
  roundNameEn: 'Online review',
  publishedAt: NOW - 86_400_000,
  reason: null,
  noticeUntil: NOW + 4 * 86_400_000,
  computedAt: NOW - 90_000_000,
  exportSha256: 'a'.repeat(64),
  exportPath: 'public/x/v1/export.json',
  method: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 3 },
  tiers: [
    {
      id: 'first',
      label: '一等奖',
      labelEn: 'First prize',
      track: 'growth',
      trackName: '成长组',
      trackNameEn: 'Growth',
      entries: [
        { entryId: 'e1', code: 'G-001', title: '高原藜麦', team: '青藜', organization: '', score: '91.25', rank: 1 },
      ],
    },
  ],
  results: {
    format: 'judging-results/v1',
    competitionId: 'xining-2025',
    groups: [{ track: 'growth', entries: [{ entryId: 'e1', rank: 1, score: 91.25, sheets: 5, award: 'first' }] }],
    unranked: [],
  },
  ...over,
});
const objection = (over: Partial<Objection> = {}): Objection => ({
  id: 'o1',
  versionId: 'v1',
  version: 1,
  teamUid: 't1',
  entryIds: ['e1'],
  entryCodes: ['G-001'],
  reason: '我们认为分数有误',
  raisedAt: NOW - 3_600_000,
  status: 'dismissed',
  answer: '经复核，评分无误',
  answeredAt: NOW - 60_000,
  answeredBy: 'org',
  ...over,
});
const entry = demoEntry({ id: 'e1', code: 'G-001', title: '高原藜麦精深加工' });

describe('TeamResult', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    useSessionStore.getState().setUser({ uid: 't1', email: 'team1@demo.local', displayName: '青藜' });
    vi.mocked(getFeedback).mockResolvedValue(null);
    vi.mocked(listTeamObjections).mockResolvedValue([]);
    return () => vi.useRealTimers();
  });

  it('shows nothing before publication', async () => {
    vi.mocked(getLatestVersion).mockResolvedValue(null);
    const { container } = renderWithRouter(<TeamResult competition={demoCompetition()} entries={[entry]} />);
    await vi.waitFor(() => expect(getLatestVersion).toHaveBeenCalled());
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the award, rank and notice, the comments without judges, and raises an objection', async () => {
    vi.mocked(getLatestVersion).mockResolvedValue(version());
    vi.mocked(getFeedback).mockResolvedValue({
      entryId: 'e1',
      versionId: 'v1',
      sheets: [
        { criteria: { innovation: '技术扎实' }, overall: '建议加强市场验证' },
        { criteria: {}, overall: '' },
      ],
    });
    vi.mocked(raiseObjection).mockResolvedValue('o9');
    renderWithRouter(<TeamResult competition={demoCompetition()} entries={[entry]} />);

    const result = await screen.findByTestId('team-result');
    expect(within(result).getByText('成长组 · 一等奖')).toBeInTheDocument();
    expect(within(result).getByText('第 1 名（共 1 个）')).toBeInTheDocument();
    expect(within(result).getByText('得分 91.25')).toBeInTheDocument();
    expect(within(result).getByText(/公示期至/)).toBeInTheDocument();
    expect(await screen.findByText('建议加强市场验证')).toBeInTheDocument();
    expect(screen.getByText('创新性：')).toBeInTheDocument();
    expect(screen.getAllByText(/^评语 \d$/)).toHaveLength(1);

    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '提交异议' }));
    expect(await screen.findByText('请写明异议理由')).toBeInTheDocument();
    expect(raiseObjection).not.toHaveBeenCalled();
    vi.mocked(listTeamObjections).mockResolvedValue([objection({ status: 'open', answer: '', answeredAt: null })]);
    await user.type(screen.getByLabelText('异议理由'), '分数有误');
    await user.click(screen.getByRole('button', { name: '提交异议' }));
    expect(raiseObjection).toHaveBeenCalledWith('xining-2025', 'v1', '分数有误');
    expect(await screen.findByText(/异议已提交/)).toBeInTheDocument();
    expect(await screen.findByText('待答复')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交异议' })).not.toBeInTheDocument();
  });

  it("says why a version was updated, that it is final, and shows the organizers' answer", async () => {
    vi.mocked(getLatestVersion).mockResolvedValue(
      version({ id: 'v2', version: 2, reason: '更正一位评委的评分', noticeUntil: NOW - 1000 }),
    );
    vi.mocked(listTeamObjections).mockResolvedValue([objection()]);
    renderWithRouter(<TeamResult competition={demoCompetition()} entries={[entry]} />);
    expect(await screen.findByText(/原因：更正一位评委的评分/)).toBeInTheDocument();
    expect(screen.getByText('最终结果')).toBeInTheDocument();
    expect(screen.getByText(/公示期已于/)).toBeInTheDocument();
    expect(await screen.findByText('经复核，评分无误')).toBeInTheDocument();
    expect(screen.getByText('异议不成立')).toBeInTheDocument();
    expect(screen.queryByTestId('objection-form')).not.toBeInTheDocument();
  });

  it('tells the team when the server refuses: the notice ended meanwhile', async () => {
    vi.mocked(getLatestVersion).mockResolvedValue(version());
    vi.mocked(raiseObjection).mockRejectedValue(
      Object.assign(new Error('over'), { code: 'functions/failed-precondition', details: { reason: 'notice-over' } }),
    );
    renderWithRouter(<TeamResult competition={demoCompetition()} entries={[entry]} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('异议理由'), '分数有误');
    await user.click(screen.getByRole('button', { name: '提交异议' }));
    expect(await screen.findByText('公示期已结束，不能再提出异议。')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Objection } from '@/domain/model/results-docs';
import { loadOrganizerStrings } from '@/i18n/organizer-strings';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { answerObjection } from '../api/answer-objection';
import { listObjections } from '../api/objection-list';
import { ObjectionsPage } from './objections-page';

vi.mock('../api/objection-list', () => ({ listObjections: vi.fn() }));
vi.mock('../api/answer-objection', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  answerObjection: vi.fn(),
}));

const objection = (over: Partial<Objection> = {}): Objection => ({
  id: 'o1',
  versionId: 'v1',
  version: 1,
  teamUid: 't1',
  entryIds: ['e1'],
  entryCodes: ['G-001'],
  reason: '我们认为分数有误',
  raisedAt: Date.UTC(2030, 6, 10, 4),
  status: 'open',
  answer: '',
  answeredAt: null,
  answeredBy: null,
  ...over,
});

describe('ObjectionsPage', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    await loadOrganizerStrings();
    vi.mocked(listObjections).mockReset();
    vi.mocked(answerObjection).mockReset();
  });

  it('lists the open objections, refuses an answer without a decision, upholds one and points to the publish page', async () => {
    vi.mocked(listObjections).mockResolvedValue({ items: [objection()], next: null });
    vi.mocked(answerObjection).mockResolvedValue('upheld');
    renderWithRouter(<ObjectionsPage competition={demoCompetition()} />);

    const card = await screen.findByRole('region', { name: '作品 G-001' });
    expect(within(card).getByText('我们认为分数有误')).toBeInTheDocument();
    expect(listObjections).toHaveBeenCalledWith('xining-2025', 'open', null);

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: '提交答复' }));
    expect(await within(card).findByText('请选择异议是否成立')).toBeInTheDocument();
    expect(within(card).getByText('请写明答复理由')).toBeInTheDocument();
    expect(answerObjection).not.toHaveBeenCalled();

    await user.click(within(card).getByLabelText('异议成立'));
    await user.type(within(card).getByLabelText('答复理由（团队可见）'), '将发布更正');
    await user.click(within(card).getByRole('button', { name: '提交答复' }));
    expect(answerObjection).toHaveBeenCalledWith({
      competitionId: 'xining-2025',
      objectionId: 'o1',
      decision: 'upheld',
      answer: '将发布更正',
    });
    expect(await within(card).findByText('将发布更正')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '前往发布页' })).toHaveAttribute(
      'href',
      '/c/xining-2025/organizer/publish',
    );
  });

  it('says in words when someone answered first, and filters', async () => {
    vi.mocked(listObjections).mockResolvedValue({ items: [objection()], next: null });
    vi.mocked(answerObjection).mockRejectedValue(
      Object.assign(new Error('x'), { code: 'functions/failed-precondition', details: { reason: 'already-answered' } }),
    );
    renderWithRouter(<ObjectionsPage competition={demoCompetition()} />);
    const card = await screen.findByRole('region', { name: '作品 G-001' });
    const user = userEvent.setup();
    await user.click(within(card).getByLabelText('异议不成立'));
    await user.type(within(card).getByLabelText('答复理由（团队可见）'), '无误');
    await user.click(within(card).getByRole('button', { name: '提交答复' }));
    expect(await within(card).findByText(/已被其他组织者答复/)).toBeInTheDocument();

    vi.mocked(listObjections).mockResolvedValue({ items: [], next: null });
    await user.click(screen.getByRole('button', { name: '已答复' }));
    expect(await screen.findByText('还没有已答复的异议。')).toBeInTheDocument();
    expect(listObjections).toHaveBeenLastCalledWith('xining-2025', 'answered', null);
  });
});

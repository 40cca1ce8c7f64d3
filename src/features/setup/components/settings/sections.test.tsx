import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import type { SaveSectionResult } from '../../api/save-section';
import type { SaveSection } from './section-props';
import { ScheduleSection } from './sections/schedule-section';
import { RoundsSection } from './sections/rounds-section';
import { ScoringSection } from './sections/scoring-section';
import { TracksSection } from './sections/tracks-section';
import { presetForTest } from './test-competition';

const ok: SaveSectionResult = { updatedAt: 1, warnings: [] };
const callableError = (code: string, details: unknown) => Object.assign(new Error(code), { code, details });

function renderSection(Section: typeof TracksSection, save = vi.fn<SaveSection>().mockResolvedValue(ok)) {
  const onSaved = vi.fn();
  const competition = presetForTest();
  return { ...renderWithRouter(<Section competition={competition} save={save} onSaved={onSaved} />), save, onSaved };
}

const track = (n: number) => screen.getAllByTestId('track-item')[n - 1]!;

describe('settings sections', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('keeps Save disabled until something changes', async () => {
    const { user } = renderSection(TracksSection);
    const save = screen.getByRole('button', { name: '保存' });
    expect(save).toBeDisabled();
    await user.type(within(track(1)).getByLabelText('名称（英文）'), ' Co.');
    expect(save).toBeEnabled();
    expect(screen.getByText('有未保存的修改')).toBeInTheDocument();
  });

  it('puts the schema’s messages on the fields and sends nothing', async () => {
    const { user, save } = renderSection(TracksSection);
    await user.click(screen.getByRole('button', { name: '添加赛道' }));
    const added = track(3);
    const prefix = within(added).getByLabelText('编号前缀');
    expect(prefix).toHaveValue('A');
    await user.clear(prefix);
    await user.type(prefix, 'e');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(within(added).getByLabelText('名称（中文）')).toHaveAccessibleDescription('此项为必填项');
    // 'e' is read as 'E', which the first track already uses.
    expect(prefix).toHaveAccessibleDescription('一个大写英文字母 标识重复');
    expect(save).not.toHaveBeenCalled();
  });

  it('saves the parsed values, says saved, and asks the page to read the competition again', async () => {
    const { user, save, onSaved } = renderSection(TracksSection);
    await user.click(screen.getByRole('button', { name: '添加赛道' }));
    await user.type(within(track(3)).getByLabelText('名称（中文）'), ' 高校组 ');
    await user.click(within(track(1)).getByRole('button', { name: '赛道 1：删除' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(save).toHaveBeenCalledWith('tracks', {
      tracks: [
        { id: 'team', name: '团队组', nameEn: 'Team', codePrefix: 'T', requiresCompany: false },
        { id: 'track-1', name: '高校组', nameEn: '', codePrefix: 'A', requiresCompany: false },
      ],
    });
    expect(onSaved).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
  });

  it('shows the server’s field refusals on the fields', async () => {
    const save = vi.fn<SaveSection>().mockRejectedValue(
      callableError('functions/invalid-argument', {
        fields: [{ path: 'tracks.1.codePrefix', message: 'validation.codePrefixInvalid' }],
      }),
    );
    const { user } = renderSection(TracksSection, save);
    await user.type(within(track(2)).getByLabelText('名称（英文）'), 's');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(track(2)).findByText('编号前缀须为一个大写英文字母')).toBeInTheDocument();
    expect(within(track(2)).getByLabelText('编号前缀')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says a business refusal in words, naming the track, and what to do', async () => {
    const save = vi
      .fn<SaveSection>()
      .mockRejectedValue(
        callableError('functions/failed-precondition', { reason: 'track-in-awards', trackId: 'enterprise' }),
      );
    const { user, onSaved } = renderSection(TracksSection, save);
    await user.click(within(track(1)).getByRole('button', { name: '赛道 1：删除' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('赛道「企业组」仍被奖项使用。请先在「奖项设置」中删除或修改这些奖项，再删除赛道。');
    expect(within(alert).getByRole('link', { name: '奖项设置' })).toHaveAttribute('href', '#awards');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks for at least one to drop when trimming, and shows warnings from the save', async () => {
    const save = vi.fn<SaveSection>().mockResolvedValue({
      updatedAt: 2,
      warnings: [
        { code: 'trim-drops-all', roundId: 'review', trim: 3, judgesPerEntry: 5 },
        { code: 'awards-exceed-entries', trackId: null, prizes: 12, entries: 3 },
      ],
    });
    const { user } = renderSection(ScoringSection, save);
    const trim = screen.getByLabelText('每端去掉的分数个数');
    await user.clear(trim);
    await user.type(trim, '0');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(trim).toHaveAccessibleDescription('去掉最高最低分的平均，每端至少去掉 1 个');
    await user.clear(trim);
    await user.type(trim, '3');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(
      await screen.findByText(
        '评审轮次「网络评审」每个项目 5 位评委，两端各去掉 3 个分数后就没有分数了。请减少去掉的个数，或增加评委人数。',
      ),
    ).toBeInTheDocument();
    // Only the warnings this section can change.
    expect(screen.queryByText(/奖项名额/)).not.toBeInTheDocument();
    expect(save).toHaveBeenCalledWith(
      'scoring',
      expect.objectContaining({ aggregation: expect.objectContaining({ trim: 3 }) }),
    );
  });

  it('takes dates in Beijing time and refuses a deadline before the opening', async () => {
    const { user, save } = renderSection(ScheduleSection);
    const opens = screen.getByLabelText(/开始报名/);
    const deadline = screen.getByLabelText(/提交截止/);
    expect(screen.getAllByText('（北京时间）')).toHaveLength(2);
    // 2027-01-01 00:00 UTC is 08:00 in Beijing.
    expect(opens).toHaveValue('2027-01-01T08:00');
    await user.clear(deadline);
    await user.type(deadline, '2026-12-31T09:00');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(deadline).toHaveAccessibleDescription('结束时间必须晚于开始时间');
    await user.clear(deadline);
    await user.type(deadline, '2027-03-01T18:00');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(save).toHaveBeenCalledWith('schedule', {
      submissionOpensAt: Date.UTC(2027, 0, 1),
      submissionDeadline: Date.UTC(2027, 2, 1, 10),
    });
  });

  it('adds a round with a fresh id, and "every judge" means no panel size', async () => {
    const { user, save } = renderSection(RoundsSection);
    const rounds = () => screen.getAllByTestId('round-item');
    expect(within(rounds()[1]!).queryByLabelText('每个项目的评委人数')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '添加评审轮次' }));
    const added = rounds()[2]!;
    await user.type(within(added).getByLabelText('名称（中文）'), '复赛');
    await user.click(within(added).getByRole('checkbox', { name: '每位评委评所有项目（如决赛路演）' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    const sent = save.mock.calls[0]![1] as { rounds: { id: string; judgesPerEntry: number | null }[] };
    expect(sent.rounds.map((r) => [r.id, r.judgesPerEntry])).toEqual([
      ['review', 5],
      ['final', null],
      ['round-1', null],
    ]);
  });
});

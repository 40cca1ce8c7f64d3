import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoCompetition, demoCriterion, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { roundHasSheets } from '../../api/rubric-lock';
import { saveSection } from '../../api/save-section';
import { RubricSection } from './rubric-section';

// The feature's own api modules, not Firebase.
vi.mock('../../api/save-section', () => ({ saveSection: vi.fn() }));
vi.mock('../../api/rubric-lock', () => ({ roundHasSheets: vi.fn() }));

const callableError = (code: string, details: unknown) => Object.assign(new Error(code), { code, details });

async function renderSection(competition = demoCompetition(), onSaved = vi.fn()) {
  const view = renderWithRouter(<RubricSection competition={competition} onSaved={onSaved} />);
  await screen.findByRole('button', { name: '保存评分标准' });
  return { ...view, onSaved };
}

const rows = () => screen.getAllByTestId('criterion-row');
const row = (n: number) => within(rows()[n]!);

// Many fields and keystrokes: slow on a busy machine, not a timed assertion.
describe('RubricSection', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(roundHasSheets).mockReset().mockResolvedValue(false);
    vi.mocked(saveSection).mockReset().mockResolvedValue({ updatedAt: 1, warnings: [] });
  });

  it('shows the first round with weights as shares of 100 and what judges see', async () => {
    await renderSection();
    expect(roundHasSheets).toHaveBeenCalledWith('xining-2025', 'online');
    expect(screen.getByRole('combobox', { name: '评审轮次' })).toHaveValue('online');
    expect(rows()).toHaveLength(2);
    expect(row(0).getByLabelText('名称')).toHaveValue('创新性');
    expect(row(0).getByTestId('criterion-share')).toHaveTextContent('占 30%');
    expect(row(1).getByTestId('criterion-share')).toHaveTextContent('占 70%');
    expect(row(0).getByTestId('criterion-preview')).toHaveTextContent('评委看到：满分 100，步长 1');
    expect(screen.getByTestId('weight-total')).toHaveTextContent('权重合计 100');
  });

  it('saves the parsed values of an edited criterion, then says so and refreshes the page', async () => {
    const { user, onSaved } = await renderSection();
    const name = row(0).getByLabelText('名称');
    await user.clear(name);
    await user.type(name, '  技术创新  ');
    const weight = row(0).getByLabelText('权重');
    await user.clear(weight);
    await user.type(weight, '20');
    const step = row(0).getByLabelText('步长');
    await user.clear(step);
    await user.type(step, '0.5');
    // Weights need not add up to 100: said calmly, with the shares.
    expect(screen.getByTestId('weight-total')).toHaveTextContent('权重合计 90。不必等于 100');
    expect(row(0).getByTestId('criterion-share')).toHaveTextContent('占 22.22%');
    expect(row(0).getByTestId('criterion-preview')).toHaveTextContent('满分 100，步长 0.5');
    expect(screen.getByTestId('save-status')).toHaveTextContent('有未保存的修改');

    await user.click(screen.getByRole('button', { name: '保存评分标准' }));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('已保存'));
    expect(saveSection).toHaveBeenCalledTimes(1);
    const [cid, section, values] = vi.mocked(saveSection).mock.calls[0]!;
    expect([cid, section]).toEqual(['xining-2025', 'rubric']);
    expect(values).toEqual({
      roundId: 'online',
      criteria: [
        demoCriterion({ id: 'innovation', name: '技术创新', nameEn: 'Innovation', weight: 20, max: 100, step: 0.5 }),
        demoCriterion({ id: 'market', name: '市场前景', nameEn: 'Market', weight: 70, max: 100 }),
      ],
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
    // The trimmed value is now the form's own, and nothing is left unsaved.
    await waitFor(() => expect(row(0).getByLabelText('名称')).toHaveValue('技术创新'));
    expect(screen.queryByRole('button', { name: '撤销未保存的修改' })).not.toBeInTheDocument();
  });

  it('shows a step that does not divide the maximum on the step field, and does not save', async () => {
    const { user } = await renderSection();
    const step = row(1).getByLabelText('步长');
    await user.clear(step);
    await user.type(step, '0.3');
    const max = row(1).getByLabelText('满分');
    await user.clear(max);
    await user.type(max, '10');
    await user.click(screen.getByRole('button', { name: '保存评分标准' }));
    expect(await row(1).findByText('步长必须能整除满分（如满分 10、步长 0.5）')).toBeInTheDocument();
    expect(step).toHaveAttribute('aria-invalid', 'true');
    expect(step).toHaveAccessibleDescription('步长必须能整除满分（如满分 10、步长 0.5）');
    expect(row(0).getByLabelText('步长')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByTestId('save-problem')).toHaveTextContent('有字段需要修改');
    expect(saveSection).not.toHaveBeenCalled();

    // An emptied weight is a missing number, on its field.
    const weight = row(0).getByLabelText('权重');
    await user.clear(weight);
    await user.click(screen.getByRole('button', { name: '保存评分标准' }));
    expect(await row(0).findByText('请输入数字')).toBeInTheDocument();
    expect(row(0).getByTestId('criterion-share')).toHaveTextContent('占比待定');
  });

  it("puts the server's field refusals on their fields", async () => {
    vi.mocked(saveSection).mockRejectedValueOnce(
      callableError('functions/invalid-argument', {
        fields: [{ path: 'criteria.1.weight', message: 'validation.mustBePositive' }],
      }),
    );
    const { user } = await renderSection();
    await user.click(screen.getByRole('button', { name: '保存评分标准' }));
    expect(await row(1).findByText('必须大于 0')).toBeInTheDocument();
    expect(row(1).getByLabelText('权重')).toHaveAttribute('aria-invalid', 'true');
    expect(row(1).getByLabelText('权重')).toHaveFocus();
    expect(screen.getByTestId('save-problem')).toHaveTextContent('服务器未接受部分内容');
  });

  it('shows a round with sheets read-only, with the reason and no Save', async () => {
    vi.mocked(roundHasSheets).mockResolvedValue(true);
    renderWithRouter(<RubricSection competition={demoCompetition()} />);
    expect(await screen.findByTestId('rubric-locked')).toHaveTextContent('本轮已有评分表，评分标准不能再修改');
    expect(row(0).getByLabelText('名称')).toBeDisabled();
    expect(row(0).getByLabelText('名称')).toHaveValue('创新性');
    expect(screen.queryByRole('button', { name: /保存/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加评分项' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /上移|删除/ })).not.toBeInTheDocument();
  });

  it("turns read-only with the same words when the server refuses with 'rubric-locked'", async () => {
    vi.mocked(saveSection).mockRejectedValueOnce(
      callableError('functions/failed-precondition', { reason: 'rubric-locked', roundId: 'online' }),
    );
    const { user } = await renderSection();
    const name = row(0).getByLabelText('名称');
    await user.type(name, '改');
    await user.click(screen.getByRole('button', { name: '保存评分标准' }));
    expect(await screen.findByTestId('rubric-locked')).toHaveTextContent('本轮已有评分表，评分标准不能再修改');
    expect(row(0).getByLabelText('名称')).toHaveValue('创新性');
    expect(screen.queryByRole('button', { name: '保存评分标准' })).not.toBeInTheDocument();
  });

  it('adds, reorders and removes criteria and level bands, and saves them in order', async () => {
    const { user } = await renderSection();
    await user.click(screen.getByRole('button', { name: '添加评分项' }));
    expect(rows()).toHaveLength(3);
    await user.type(row(2).getByLabelText('名称'), '团队');
    await user.click(row(2).getByRole('button', { name: '上移评分项 3 团队' }));
    expect(row(1).getByLabelText('名称')).toHaveValue('团队');
    await user.click(row(0).getByRole('button', { name: '下移评分项 1 创新性' }));
    expect(row(0).getByLabelText('名称')).toHaveValue('团队');
    expect(row(0).getByRole('button', { name: /^上移/ })).toBeDisabled();
    expect(row(2).getByRole('button', { name: /^下移/ })).toBeDisabled();
    await user.click(row(2).getByRole('button', { name: '删除评分项 3 市场前景' }));
    expect(rows()).toHaveLength(2);

    // A level guide for the new criterion (folded until opened): two bands, one removed again.
    await user.click(row(0).getByText('评分参考（档位）· 0 档'));
    await user.click(row(0).getByRole('button', { name: '添加档位' }));
    await user.click(row(0).getByRole('button', { name: '添加档位' }));
    const bands = () => row(0).getAllByTestId('level-row');
    expect(bands()).toHaveLength(2);
    expect(row(0).getByText('评分参考（档位）· 2 档')).toBeInTheDocument();
    await user.type(within(bands()[0]!).getByLabelText('描述'), '优秀');
    await user.click(row(0).getByRole('button', { name: '删除档位 2' }));
    expect(bands()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: '保存评分标准' }));
    await waitFor(() => expect(saveSection).toHaveBeenCalledTimes(1));
    const values = vi.mocked(saveSection).mock.calls[0]![2] as { criteria: { id: string }[] };
    expect(values.criteria.map((c) => c.id)).toEqual(['c-1', 'innovation']);
    expect(values.criteria[0]).toEqual({
      id: 'c-1',
      name: '团队',
      nameEn: '',
      weight: 10,
      max: 10,
      step: 1,
      description: '',
      descriptionEn: '',
      levels: [{ min: 0, max: 10, text: '优秀', textEn: '' }],
    });
  });

  it('refuses a band outside the scale on its field, unfolding the guide to show it', async () => {
    const { user } = await renderSection();
    const summary = row(0).getByText('评分参考（档位）· 0 档');
    await user.click(summary);
    await user.click(row(0).getByRole('button', { name: '添加档位' }));
    const band = within(row(0).getAllByTestId('level-row')[0]!);
    await user.type(band.getByLabelText('描述'), '优秀');
    await user.clear(band.getByLabelText('最高分'));
    await user.type(band.getByLabelText('最高分'), '120');
    // Folded again by hand before saving: the error opens it.
    await user.click(row(0).getByText('评分参考（档位）· 1 档'));
    expect(row(0).getByTestId('level-guide')).not.toHaveAttribute('open');
    await user.click(screen.getByRole('button', { name: '保存评分标准' }));
    expect(await band.findByText('档位分数须在 0 到满分之间，且下限不大于上限')).toBeInTheDocument();
    expect(row(0).getByTestId('level-guide')).toHaveAttribute('open');
    expect(saveSection).not.toHaveBeenCalled();
  });

  it('switches to another round, asks again about its sheets, and warns about an empty rubric after saving', async () => {
    vi.mocked(saveSection).mockResolvedValue({ updatedAt: 2, warnings: [{ code: 'rubric-empty', roundId: 'final' }] });
    const { user } = await renderSection();
    await user.selectOptions(screen.getByRole('combobox', { name: '评审轮次' }), 'final');
    expect(await screen.findByText('本轮还没有评分项。至少添加一项后，本轮才能开始评审。')).toBeInTheDocument();
    expect(roundHasSheets).toHaveBeenLastCalledWith('xining-2025', 'final');
    await user.click(await screen.findByRole('button', { name: '保存评分标准' }));
    expect(await screen.findByText('决赛路演还没有评分项，添加之前不能开始本轮评审。')).toBeInTheDocument();
    expect(saveSection).toHaveBeenCalledWith('xining-2025', 'rubric', { roundId: 'final', criteria: [] });
  });

  it('takes up a refreshed competition, unless in the middle of an edit', async () => {
    const { rerender, user } = await renderSection();
    const refreshed = (name: string) => {
      const c = demoCompetition();
      c.rounds[0]!.rubric.criteria[1]!.name = name;
      return c;
    };
    rerender(
      <MemoryRouter>
        <RubricSection competition={refreshed('市场潜力')} />
      </MemoryRouter>,
    );
    await waitFor(() => expect(row(1).getByLabelText('名称')).toHaveValue('市场潜力'));
    await user.type(row(0).getByLabelText('名称'), '！');
    rerender(
      <MemoryRouter>
        <RubricSection competition={refreshed('市场规模')} />
      </MemoryRouter>,
    );
    expect(row(0).getByLabelText('名称')).toHaveValue('创新性！');
    expect(row(1).getByLabelText('名称')).toHaveValue('市场潜力');
  });

  it('speaks English', async () => {
    await setTestLanguage('en');
    renderWithRouter(<RubricSection competition={demoCompetition()} />);
    expect(await screen.findByRole('button', { name: 'Save the rubric' })).toBeInTheDocument();
    expect(row(0).getByTestId('criterion-preview')).toHaveTextContent('Judges see: out of 100, in steps of 1');
    expect(screen.getByTestId('weight-total')).toHaveTextContent('Weights total 100');
  });
});

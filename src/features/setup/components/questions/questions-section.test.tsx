import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryQuestion } from '@/domain/registration';
import { demoCompetition, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { saveSection } from '../../api/save-section';
import { QuestionsSection } from './questions-section';

// The feature's own api module, not Firebase.
vi.mock('../../api/save-section', () => ({ saveSection: vi.fn() }));

const QUESTIONS: EntryQuestion[] = [
  { id: 'team-size', kind: 'number', label: '团队人数', labelEn: 'Team size', required: true, min: 1, max: 500 },
  {
    id: 'registered',
    kind: 'choice',
    label: '是否已落地',
    labelEn: 'Registered here?',
    required: false,
    options: [
      { id: 'yes', label: '已注册', labelEn: 'Yes' },
      { id: 'no', label: '暂无计划', labelEn: 'No plans' },
    ],
  },
];

const callableError = (code: string, details: unknown) => Object.assign(new Error(code), { code, details });
const competition = (questions: EntryQuestion[] = QUESTIONS) => demoCompetition({ entryForm: { questions } });

async function renderSection(questions?: EntryQuestion[], onSaved = vi.fn()) {
  const view = renderWithRouter(<QuestionsSection competition={competition(questions)} onSaved={onSaved} />);
  await screen.findByRole('button', { name: '保存附加问题' });
  return { ...view, onSaved };
}

const rows = () => screen.getAllByTestId('question-row');
const row = (n: number) => within(rows()[n]!);
const save = () => screen.getByRole('button', { name: '保存附加问题' });
const sent = () => vi.mocked(saveSection).mock.calls.at(-1)![2] as { questions: EntryQuestion[] };

// Many fields and keystrokes: slow on a busy machine, not a timed assertion.
describe('QuestionsSection', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(saveSection).mockReset().mockResolvedValue({ updatedAt: 1, warnings: [] });
  });

  it("shows the questions with their kind's fields and a preview of what teams see", async () => {
    await renderSection();
    expect(rows()).toHaveLength(2);
    expect(row(0).getByLabelText('问题')).toHaveValue('团队人数');
    expect(row(0).getByLabelText('类型')).toHaveValue('number');
    expect(row(0).getByLabelText('必答')).toBeChecked();
    expect(row(0).getByLabelText('最小值')).toHaveValue(1);
    expect(row(0).getByLabelText('最大值')).toHaveValue(500);
    expect(row(0).queryByLabelText('最多字数')).not.toBeInTheDocument();
    expect(row(0).getByTestId('question-preview')).toHaveTextContent('团队人数*必填范围 1–500');
    expect(row(1).getAllByTestId('option-row')).toHaveLength(2);
    expect(row(1).getByTestId('question-preview')).toHaveTextContent('是否已落地选填已注册暂无计划');
    expect(screen.getByTestId('save-status')).toHaveTextContent('');
  });

  it('adds a question of each kind and saves each with only its own fields', async () => {
    const { user, onSaved } = await renderSection([]);
    expect(screen.getByText('还没有附加问题。')).toBeInTheDocument();
    const kinds = ['short-text', 'long-text', 'number', 'choice', 'file'] as const;
    for (const [i, kind] of kinds.entries()) {
      await user.click(screen.getByRole('button', { name: '添加问题' }));
      await user.type(row(i).getByLabelText('问题'), `问${i}`);
      await user.type(row(i).getByLabelText('英文问题'), `Q${i}`);
      await user.selectOptions(row(i).getByLabelText('类型'), kind);
    }
    await user.type(row(0).getByLabelText('最多字数'), '50');
    await user.click(row(1).getByLabelText('必答'));
    await user.type(row(2).getByLabelText('最小值'), '0');
    // The choice starts with one empty option; fill it and add a second.
    const choice = row(3);
    expect(choice.getAllByTestId('option-row')).toHaveLength(1);
    await user.type(choice.getByLabelText('选项'), '是');
    await user.type(choice.getByLabelText('英文选项'), 'Yes');
    await user.click(choice.getByRole('button', { name: '添加选项' }));
    const second = within(choice.getAllByTestId('option-row')[1]!);
    await user.type(second.getByLabelText('选项'), '否');
    await user.type(second.getByLabelText('英文选项'), 'No');
    // Reorder the options: 否 first.
    await user.click(second.getByRole('button', { name: '上移选项 2 否' }));
    expect(row(4).getByText('团队上传一个文件（PDF、图片或 Office 文档）。')).toBeInTheDocument();

    await user.click(save());
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('已保存'));
    expect(saveSection).toHaveBeenCalledWith('xining-2025', 'entryForm', expect.anything());
    expect(sent().questions).toEqual([
      { id: 'q-1', kind: 'short-text', label: '问0', labelEn: 'Q0', required: false, maxLength: 50 },
      { id: 'q-2', kind: 'long-text', label: '问1', labelEn: 'Q1', required: true },
      { id: 'q-3', kind: 'number', label: '问2', labelEn: 'Q2', required: false, min: 0 },
      {
        id: 'q-4',
        kind: 'choice',
        label: '问3',
        labelEn: 'Q3',
        required: false,
        options: [
          { id: 'o-2', label: '否', labelEn: 'No' },
          { id: 'o-1', label: '是', labelEn: 'Yes' },
        ],
      },
      { id: 'q-5', kind: 'file', label: '问4', labelEn: 'Q4', required: false },
    ]);
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('drops the fields of the old kind when the kind changes', async () => {
    const { user } = await renderSection();
    await user.selectOptions(row(0).getByLabelText('类型'), 'short-text');
    await user.selectOptions(row(1).getByLabelText('类型'), 'file');
    await user.click(save());
    await waitFor(() => expect(saveSection).toHaveBeenCalledTimes(1));
    expect(sent().questions).toEqual([
      { id: 'team-size', kind: 'short-text', label: '团队人数', labelEn: 'Team size', required: true },
      { id: 'registered', kind: 'file', label: '是否已落地', labelEn: 'Registered here?', required: false },
    ]);
  });

  it('reorders and removes questions', async () => {
    const { user } = await renderSection();
    await user.click(row(1).getByRole('button', { name: '上移问题 2 是否已落地' }));
    expect(row(0).getByLabelText('问题')).toHaveValue('是否已落地');
    expect(row(0).getByRole('button', { name: '上移问题 1 是否已落地' })).toBeDisabled();
    await user.click(row(1).getByRole('button', { name: '删除问题 2 团队人数' }));
    expect(rows()).toHaveLength(1);
    await user.click(save());
    await waitFor(() => expect(saveSection).toHaveBeenCalledTimes(1));
    expect(sent().questions.map((q) => q.id)).toEqual(['registered']);
  });

  it('shows what is wrong on each field and does not save', async () => {
    const { user } = await renderSection();
    await user.clear(row(0).getByLabelText('英文问题'));
    await user.clear(row(0).getByLabelText('最小值'));
    await user.type(row(0).getByLabelText('最小值'), '600');
    // A choice without options.
    const options = () => row(1).queryAllByTestId('option-row');
    await user.click(within(options()[1]!).getByRole('button', { name: /^删除/ }));
    await user.click(within(options()[0]!).getByRole('button', { name: /^删除/ }));
    await user.click(save());
    expect(await row(0).findByText('此项为必填项')).toBeInTheDocument();
    expect(row(0).getByLabelText('英文问题')).toHaveAttribute('aria-invalid', 'true');
    expect(row(0).getByLabelText('最大值')).toHaveAccessibleDescription('留空则不限 最小值不能大于最大值');
    expect(row(1).getByText('选择题需要 1 到 30 个选项')).toBeInTheDocument();
    expect(screen.getByTestId('save-problem')).toHaveTextContent('有字段需要修改');
    expect(saveSection).not.toHaveBeenCalled();
  });

  it("puts the server's field refusals on their fields, and says when the network failed", async () => {
    vi.mocked(saveSection)
      .mockRejectedValueOnce(
        callableError('functions/invalid-argument', {
          fields: [{ path: 'questions.1.options.1.label', message: 'validation.tooLong' }],
        }),
      )
      .mockRejectedValueOnce(callableError('functions/unavailable', {}));
    const { user } = await renderSection();
    await user.click(save());
    const option = within(row(1).getAllByTestId('option-row')[1]!);
    expect(await option.findByText('内容超出长度上限，请精简')).toBeInTheDocument();
    expect(option.getByLabelText('选项')).toHaveFocus();
    await user.click(save());
    expect(await screen.findByText('网络连接异常，未能保存。请检查网络后再次点击保存。')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    await setTestLanguage('en');
    renderWithRouter(<QuestionsSection competition={competition()} />);
    expect(await screen.findByRole('button', { name: 'Save the questions' })).toBeInTheDocument();
    expect(row(0).getByLabelText('Kind')).toHaveDisplayValue('Number');
    expect(row(1).getByTestId('question-preview')).toHaveTextContent('Registered here?OptionalYesNo plans');
  });
});

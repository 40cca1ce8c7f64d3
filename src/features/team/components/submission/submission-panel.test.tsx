import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryQuestion } from '@/domain/registration';
import { formatDateTime } from '@/lib/format/date';
import { demoCompetition, demoEntry, setTestLanguage } from '@/lib/test/render';
import { changeEntryStatus, submitEntry } from '../../api/submission-api';
import { SubmissionPanel, type SubmissionPanelProps } from './index';

vi.mock('../../api/submission-api', () => ({ submitEntry: vi.fn(), changeEntryStatus: vi.fn() }));

const DEADLINE = Date.UTC(2030, 5, 30, 16);
const QUESTIONS: EntryQuestion[] = [
  { id: 'team-size', kind: 'number', label: '团队人数', labelEn: 'Team size', required: true },
  { id: 'website', kind: 'short-text', label: '项目网址', labelEn: 'Website', required: false },
];
const competition = demoCompetition({ submissionDeadline: DEADLINE, entryForm: { questions: QUESTIONS } });
const COMPLETE = {
  title: '高原藜麦精深加工',
  field: '食品',
  summary: '简介',
  problem: '问题',
  solution: '方案',
  stage: 'prototype',
  financing: '',
  answers: { 'team-size': 5 },
};
const DECK = 'competitions/xining-2025/entries/e1/deck.pdf';

const callableError = (code: string, details?: unknown, message = 'refused') =>
  Object.assign(new Error(message), { code: `functions/${code}`, details });

function renderPanel(overrides: Partial<SubmissionPanelProps> = {}) {
  const props: SubmissionPanelProps = {
    competition,
    entry: demoEntry({ deckPath: DECK }),
    content: COMPLETE,
    flushDraft: vi.fn().mockResolvedValue(true),
    onFocusField: vi.fn(),
    ...overrides,
  };
  const ui = (p: SubmissionPanelProps): ReactElement => (
    <MemoryRouter initialEntries={['/entry']}>
      <Routes>
        <Route path="/entry" element={<SubmissionPanel {...p} />} />
        <Route path="/c/:cid/team/entries/:eid/receipt" element={<p>receipt page</p>} />
      </Routes>
    </MemoryRouter>
  );
  const result = render(ui(props));
  return {
    user: userEvent.setup(),
    props,
    rerender: (p: Partial<SubmissionPanelProps>) => result.rerender(ui({ ...props, ...p })),
  };
}

const submitButton = () => screen.getByRole('button', { name: '提交项目' });

describe('SubmissionPanel, a draft', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(DEADLINE - 2 * 86_400_000);
    vi.mocked(submitEntry).mockReset();
    vi.mocked(changeEntryStatus).mockReset();
    return () => vi.useRealTimers();
  });

  it('lists what is missing, by label and in form order, and keeps Submit disabled', () => {
    renderPanel({ content: { title: '只有标题', answers: { website: 'x' } }, entry: demoEntry() });

    expect(screen.getByText('提交前还需完成 7 项：')).toBeInTheDocument();
    const items = within(screen.getByRole('list'))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(items).toEqual([
      '所属领域此项为必填项',
      '项目简介此项为必填项',
      '要解决的问题此项为必填项',
      '解决方案此项为必填项',
      '项目阶段此项为必填项',
      '团队人数此项为必填项',
      '商业计划书或路演 PDF请上传商业计划书或路演 PDF',
    ]);
    expect(submitButton()).toBeDisabled();
  });

  it('follows the form as it changes, and the deck as the server records it', () => {
    const { rerender } = renderPanel({ content: { ...COMPLETE, title: '  ' }, entry: demoEntry() });
    expect(screen.getByText('提交前还需完成 2 项：')).toBeInTheDocument();

    rerender({ content: COMPLETE, entry: demoEntry() });
    expect(screen.getByText('提交前还需完成 1 项：')).toBeInTheDocument();

    rerender({ content: COMPLETE, entry: demoEntry({ deckPath: DECK }) });
    expect(screen.getByText('必填内容已全部完成，可以提交了。')).toBeInTheDocument();
    expect(submitButton()).toBeEnabled();
  });

  it('names questions in the current language', async () => {
    await setTestLanguage('en');
    renderPanel({ content: { ...COMPLETE, answers: {} } });
    expect(screen.getByRole('button', { name: /Team size/ })).toBeInTheDocument();
  });

  it('jumps to the field when an item is pressed', async () => {
    const { user, props } = renderPanel({ content: { ...COMPLETE, answers: {} }, entry: demoEntry() });
    await user.click(screen.getByRole('button', { name: /团队人数/ }));
    expect(props.onFocusField).toHaveBeenCalledWith('answers.team-size');
    await user.click(screen.getByRole('button', { name: /商业计划书/ }));
    expect(props.onFocusField).toHaveBeenLastCalledWith('deck');
  });

  it('does not submit while the latest edits are not saved, and says what to do', async () => {
    const { user } = renderPanel({ flushDraft: vi.fn().mockResolvedValue(false) });
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('最新的修改还没有保存到服务器');
    expect(submitEntry).not.toHaveBeenCalled();
  });

  it('saves, submits once however often it is pressed, and goes to the receipt', async () => {
    let finish: () => void = () => {};
    vi.mocked(submitEntry).mockReturnValue(
      new Promise((resolve) => {
        finish = () => resolve({ code: 'E-001', status: 'submitted', submittedAt: 1, revision: 3 });
      }),
    );
    const { user, props } = renderPanel();
    await user.click(submitButton());
    expect(await screen.findByRole('button', { name: '正在提交…' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '正在提交…' }));
    finish();
    expect(await screen.findByText('receipt page')).toBeInTheDocument();
    expect(props.flushDraft).toHaveBeenCalledTimes(1);
    expect(submitEntry).toHaveBeenCalledTimes(1);
    expect(submitEntry).toHaveBeenCalledWith('xining-2025', 'e1');
  });

  it('shows the server’s list when it finds the entry incomplete', async () => {
    vi.mocked(submitEntry).mockRejectedValue(
      callableError('failed-precondition', {
        reason: 'incomplete',
        missing: [{ field: 'deck', key: 'validation.deckMissing' }],
      }),
    );
    const { user, props } = renderPanel();
    await user.click(submitButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('服务器检查发现项目还不完整');
    await user.click(within(alert).getByRole('button', { name: /商业计划书/ }));
    expect(props.onFocusField).toHaveBeenCalledWith('deck');
  });

  it('lists a file the server found gone, for an optional question too', async () => {
    vi.mocked(submitEntry).mockRejectedValue(
      callableError('failed-precondition', {
        reason: 'incomplete',
        missing: [{ field: 'answers.website', key: 'validation.fileInvalid' }],
      }),
    );
    const { user, props } = renderPanel();
    await user.click(submitButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('文件无效，请重新上传');
    await user.click(within(alert).getByRole('button', { name: /项目网址/ }));
    expect(props.onFocusField).toHaveBeenCalledWith('answers.website');
  });

  it('shows the deadline in Beijing time when the server says it has passed', async () => {
    const deadline = Date.UTC(2030, 5, 1, 4);
    vi.mocked(submitEntry).mockRejectedValue(
      callableError('failed-precondition', { reason: 'window-closed', deadline }),
    );
    const { user } = renderPanel();
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `提交截止时间 ${formatDateTime(deadline, 'zh-CN')}（北京时间）已过`,
    );
    expect(formatDateTime(deadline, 'zh-CN')).toContain('12:00');
  });

  it('translates the problems of an invalid-argument refusal', async () => {
    vi.mocked(submitEntry).mockRejectedValue(
      callableError('invalid-argument', {
        problems: ['title: validation.tooLong', 'answers.team-size: validation.numberOutOfRange'],
      }),
    );
    const { user } = renderPanel();
    await user.click(submitButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('项目名称：内容超出长度上限，请精简');
    expect(alert).toHaveTextContent('团队人数：数值超出允许范围');
  });

  it('says to check the network when the call cannot get through', async () => {
    vi.mocked(submitEntry).mockRejectedValue(callableError('unavailable'));
    const { user } = renderPanel();
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('网络连接异常');
    expect(submitButton()).toBeEnabled();
  });
});

describe('SubmissionPanel, submitted, withdrawn, closed, disqualified', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(DEADLINE - 2 * 86_400_000);
    vi.mocked(changeEntryStatus).mockReset();
    return () => vi.useRealTimers();
  });
  const submittedAt = Date.UTC(2030, 5, 20, 2, 5);
  const submitted = demoEntry({ status: 'submitted', deckPath: DECK, submittedAt });

  it('shows when it was submitted, the receipt, and reopens on request', async () => {
    vi.mocked(changeEntryStatus).mockResolvedValue('draft');
    const { user } = renderPanel({ entry: submitted });
    expect(screen.getByText(`已于 ${formatDateTime(submittedAt, 'zh-CN')}（北京时间）提交。`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看并打印提交回执' })).toHaveAttribute(
      'href',
      '/c/xining-2025/team/entries/e1/receipt',
    );
    expect(screen.getByText(/必须在截止时间.*前再次提交/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重新打开修改' }));
    expect(changeEntryStatus).toHaveBeenCalledWith('xining-2025', 'e1', 'reopen');
  });

  it('withdraws only after a confirmation that says what it means', async () => {
    vi.mocked(changeEntryStatus).mockResolvedValue('withdrawn');
    const { user } = renderPanel({ entry: submitted });
    await user.click(screen.getByRole('button', { name: '撤回项目' }));
    expect(changeEntryStatus).not.toHaveBeenCalled();
    expect(screen.getByText(/撤回后项目不参加评审/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByText(/撤回后项目不参加评审/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '撤回项目' }));
    await user.click(screen.getByRole('button', { name: '确认撤回' }));
    expect(changeEntryStatus).toHaveBeenCalledWith('xining-2025', 'e1', 'withdraw');
  });

  it('translates a refused reopen', async () => {
    vi.mocked(changeEntryStatus).mockRejectedValue(
      callableError('failed-precondition', { reason: 'window-closed', deadline: DEADLINE }),
    );
    const { user } = renderPanel({ entry: submitted });
    await user.click(screen.getByRole('button', { name: '重新打开修改' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('服务器拒绝了这次操作');
  });

  it('a withdrawn entry can be reopened, not withdrawn again', () => {
    renderPanel({ entry: demoEntry({ status: 'withdrawn' }) });
    expect(screen.getByText('这个项目已撤回，不会参加评审。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重新打开修改' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: '撤回项目' })).not.toBeInTheDocument();
  });

  it('after the deadline says nothing can change, with the deadline, and offers no action', () => {
    vi.setSystemTime(DEADLINE + 1000);
    renderPanel({ entry: submitted });
    expect(
      screen.getByText(
        `提交截止时间 ${formatDateTime(DEADLINE, 'zh-CN')}（北京时间）已过，项目不能再修改、提交或撤回。`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看并打印提交回执' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('a draft after the deadline cannot be submitted', () => {
    vi.setSystemTime(DEADLINE);
    renderPanel({ entry: demoEntry({ deckPath: DECK }) });
    expect(screen.getByText('这个项目在截止前没有提交，不会进入评审。')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('a disqualified entry: says so, nothing to do', () => {
    renderPanel({ entry: demoEntry({ status: 'disqualified' }) });
    expect(screen.getByText('项目已被取消参赛资格')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

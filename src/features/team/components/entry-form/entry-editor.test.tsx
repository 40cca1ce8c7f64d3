import { screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntryQuestion } from '@/domain/registration';
import { demoCompetition, demoEntry, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { saveEntryContent } from '../../api/live-entry';
import { EntryEditor } from './entry-editor';

vi.mock('../../api/live-entry', () => ({
  saveEntryContent: vi.fn(() => Promise.resolve()),
  waitForQueuedSaves: vi.fn(() => Promise.resolve()),
}));

const QUESTIONS: EntryQuestion[] = [
  { id: 'team-size', kind: 'number', label: '团队人数', labelEn: 'Team size', required: true, min: 1, max: 500 },
  { id: 'ip', kind: 'long-text', label: '知识产权', labelEn: 'IP', required: false, maxLength: 50 },
  {
    id: 'registered',
    kind: 'choice',
    label: '是否已落地',
    labelEn: 'Registered here?',
    required: true,
    options: [
      { id: 'yes', label: '已注册', labelEn: 'Yes' },
      { id: 'no', label: '暂无计划', labelEn: 'No plans' },
    ],
  },
];

const open = () =>
  demoCompetition({ submissionDeadline: Date.now() + 86_400_000, entryForm: { questions: QUESTIONS } });

function renderEditor(competition = open(), entry = demoEntry({ answers: { 'team-size': 5 } })) {
  return renderWithRouter(
    <EntryEditor competition={competition} entry={entry} pendingWrites={false} fromCache={false} />,
  );
}

describe('EntryEditor', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.mocked(saveEntryContent).mockClear();
  });

  it("renders the fixed fields and the competition's own questions, in the current language", async () => {
    renderEditor();
    expect(screen.getByLabelText(/^项目名称/)).toHaveValue('');
    expect(screen.getByLabelText(/^参赛组别/)).toHaveValue('成长组');
    expect(screen.getByLabelText(/^团队人数/)).toHaveValue(5);
    expect(screen.getByText('范围 1–500')).toBeInTheDocument();
    expect(screen.getByLabelText(/^知识产权/).tagName).toBe('TEXTAREA');
    expect(screen.getByText('0 / 50 字')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /是否已落地/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '暂无计划' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '已有营业收入' })).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent('已保存');

    await setTestLanguage('en');
    expect(await screen.findByLabelText(/^Team size/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No plans' })).toBeInTheDocument();
  });

  it('saves the next revision after typing stops, with an emptied number dropped from the answers', async () => {
    const { user } = renderEditor();
    await user.type(screen.getByLabelText(/^项目名称/), '  藜麦 ');
    await user.clear(screen.getByLabelText(/^团队人数/));
    // Leaving the title saved it at once (revision 1); the emptied number follows.
    await waitFor(() => expect(saveEntryContent).toHaveBeenCalledTimes(2), { timeout: 3000 });
    const calls = vi.mocked(saveEntryContent).mock.calls;
    expect(calls.map(([cid, eid, , revision]) => [cid, eid, revision])).toEqual([
      ['xining-2025', 'e1', 1],
      ['xining-2025', 'e1', 2],
    ]);
    expect(calls[0]![2]).toMatchObject({ title: '藜麦', answers: { 'team-size': 5 } });
    expect(calls[1]![2].answers).toEqual({});
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('已保存'));
  });

  it('does not save an invalid field, says so, and keeps what was typed', async () => {
    const { user } = renderEditor();
    const ip = screen.getByLabelText(/^知识产权/);
    await user.click(ip);
    await user.paste('x'.repeat(51));
    await user.type(screen.getByLabelText(/^项目名称/), 'A');
    await waitFor(() => expect(saveEntryContent).toHaveBeenCalled(), { timeout: 3000 });
    const content = vi.mocked(saveEntryContent).mock.calls.at(-1)![2];
    expect(content.title).toBe('A');
    expect(content.answers).not.toHaveProperty('ip');
    expect(ip).toHaveValue('x'.repeat(51));
    expect(await screen.findByText('内容超出长度上限，请精简')).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent('未保存');
  });

  it('shows a change made elsewhere at once when this form has no unsaved edits', () => {
    const competition = open();
    const { rerender } = renderEditor(competition, demoEntry({ title: '旧标题' }));
    rerender(
      <MemoryRouter>
        <EntryEditor
          competition={competition}
          entry={demoEntry({ title: '新标题', revision: 3 })}
          pendingWrites={false}
          fromCache={false}
        />
      </MemoryRouter>,
    );
    expect(screen.getByLabelText(/^项目名称/)).toHaveValue('新标题');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('ignores an older revision (the device cache catching up) and saves on from the newest', async () => {
    const competition = open();
    const { user, rerender } = renderEditor(competition, demoEntry({ title: '最新标题', revision: 3 }));
    rerender(
      <MemoryRouter>
        <EntryEditor
          competition={competition}
          entry={demoEntry({ title: '旧标题', revision: 2 })}
          pendingWrites={false}
          fromCache={true}
        />
      </MemoryRouter>,
    );
    expect(screen.getByLabelText(/^项目名称/)).toHaveValue('最新标题');
    await user.type(screen.getByLabelText(/^项目名称/), '！');
    await waitFor(() => expect(saveEntryContent).toHaveBeenCalled(), { timeout: 3000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(vi.mocked(saveEntryContent).mock.calls[0]).toEqual([
      competition.id,
      expect.any(String),
      expect.objectContaining({ title: '最新标题！' }),
      4,
    ]);
  });

  it('asks before replacing unsaved edits with a change made elsewhere', async () => {
    const competition = open();
    const { user, rerender } = renderEditor(competition, demoEntry({ title: '旧标题' }));
    await user.type(screen.getByLabelText(/^项目名称/), '（本页）');
    rerender(
      <MemoryRouter>
        <EntryEditor
          competition={competition}
          entry={demoEntry({ title: '他处的标题', revision: 1 })}
          pendingWrites={false}
          fromCache={false}
        />
      </MemoryRouter>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('此项目已在其他地方被修改');
    expect(screen.getByLabelText(/^项目名称/)).toHaveValue('旧标题（本页）');
    // Paused: nothing is written over the other's change.
    await new Promise((r) => setTimeout(r, 1200));
    expect(saveEntryContent).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '载入最新版本' }));
    expect(screen.getByLabelText(/^项目名称/)).toHaveValue('他处的标题');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports a save the rules refused (another save came first) as a change made elsewhere', async () => {
    vi.mocked(saveEntryContent).mockRejectedValueOnce(
      Object.assign(new Error('denied'), { code: 'permission-denied' }),
    );
    const { user } = renderEditor();
    await user.type(screen.getByLabelText(/^项目名称/), '藜麦');
    expect(
      await screen.findByText('此项目已在其他地方被修改（另一个标签页或设备）', {}, { timeout: 3000 }),
    ).toBeVisible();
    expect(screen.getByLabelText(/^项目名称/)).toHaveValue('藜麦');
  });

  it('is read-only once submitted', () => {
    renderEditor(open(), demoEntry({ status: 'submitted', title: '藜麦' }));
    expect(screen.getByTestId('read-only')).toHaveTextContent('项目已提交');
    expect(screen.getByLabelText(/^项目名称/)).toBeDisabled();
    expect(screen.queryByTestId('save-status')).not.toBeInTheDocument();
  });

  it('is read-only after the deadline, which it names in Beijing time', () => {
    renderEditor(demoCompetition({ submissionDeadline: Date.UTC(2020, 5, 30, 16), entryForm: { questions: [] } }));
    expect(screen.getByTestId('read-only')).toHaveTextContent('提交已于 2020年7月1日 00:00（北京时间）截止');
    expect(screen.getByLabelText(/^项目名称/)).toBeDisabled();
  });
});

import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format/date';
import { demoCompetition, demoEntry, renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { getReceipt } from '../../api/submission-receipt';
import { TeamReceipt } from './team-receipt';

vi.mock('../../api/submission-receipt', () => ({ getReceipt: vi.fn() }));

const submittedAt = Date.UTC(2030, 5, 20, 2, 5);
const competition = demoCompetition();

describe('TeamReceipt', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(competition.submissionDeadline - 86_400_000);
    vi.mocked(getReceipt).mockReset();
    return () => vi.useRealTimers();
  });

  it('shows what was submitted and when, by the server’s clock in Beijing time', async () => {
    vi.mocked(getReceipt).mockResolvedValue({
      entry: demoEntry({ status: 'submitted', title: '<img src=x onerror=alert(1)>', submittedAt, trackId: 'startup' }),
      teamName: '青藜团队',
    });
    const { container } = renderWithRouter(<TeamReceipt competition={competition} entryId="e1" />);
    const receipt = await screen.findByTestId('receipt');
    expect(receipt).toHaveTextContent('E-001');
    expect(receipt).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(receipt).toHaveTextContent('初创组');
    expect(receipt).toHaveTextContent('青藜团队');
    expect(receipt).toHaveTextContent(`${formatDateTime(submittedAt, 'zh-CN')}（北京时间，以服务器时间为准）`);
    expect(screen.getByTestId('receipt-window')).toHaveTextContent('截止前，你仍可在项目页面重新打开项目');
    expect(screen.getByRole('button', { name: '打印回执' })).toBeInTheDocument();
    expect(getReceipt).toHaveBeenCalledWith('xining-2025', 'e1');
  });

  it('after the deadline says the entry can no longer change', async () => {
    vi.setSystemTime(competition.submissionDeadline);
    vi.mocked(getReceipt).mockResolvedValue({ entry: demoEntry({ status: 'submitted', submittedAt }), teamName: '' });
    renderWithRouter(<TeamReceipt competition={competition} entryId="e1" />);
    expect(await screen.findByTestId('receipt-window')).toHaveTextContent('提交已截止，项目不能再更改。');
  });

  it('has no receipt for an entry that is not submitted', async () => {
    vi.mocked(getReceipt).mockResolvedValue({ entry: demoEntry({ status: 'withdrawn' }), teamName: '' });
    renderWithRouter(<TeamReceipt competition={competition} entryId="e1" />);
    expect(await screen.findByText('还没有提交回执')).toBeInTheDocument();
    expect(screen.getByText(/“已撤回”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回项目页面' })).toHaveAttribute(
      'href',
      '/c/xining-2025/team/entries/e1',
    );
  });

  it.each([
    ['missing', new NotFoundError('entry e1')],
    ['refused by the rules', Object.assign(new Error('denied'), { code: 'permission-denied' })],
  ])('one page for an entry that is %s', async (_, error) => {
    vi.mocked(getReceipt).mockRejectedValue(error);
    renderWithRouter(<TeamReceipt competition={competition} entryId="e1" />);
    expect(await screen.findByText('项目不存在或无权查看')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回我的项目' })).toHaveAttribute('href', '/c/xining-2025/team');
  });
});

import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompetitionStatus } from '@/domain/model';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import { StatusStepper } from './status-stepper';
import { presetForTest } from './test-competition';

const refused = (refusals: unknown[]) =>
  Object.assign(new Error('refused'), {
    code: 'functions/failed-precondition',
    details: { reason: 'status-refused', refusals },
  });

describe('StatusStepper', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('shows the path with the current step, and says what a step does before taking it', async () => {
    const change = vi.fn<(to: CompetitionStatus) => Promise<unknown>>().mockResolvedValue({ status: 'review' });
    const onChanged = vi.fn();
    const { user } = renderWithRouter(
      <StatusStepper competition={presetForTest({ status: 'registration' })} change={change} onChanged={onChanged} />,
    );
    const steps = within(screen.getByRole('list', { name: '赛事进程' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(['1筹备中', '2报名中（当前）', '3评审中', '4决赛阶段', '5已结束']);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');

    await user.click(screen.getByRole('button', { name: '下一步：评审中' }));
    expect(screen.getByText('开启评审轮次「网络评审」：评委可以开始评分。')).toBeInTheDocument();
    expect(change).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '确认' }));
    expect(change).toHaveBeenCalledWith('review');
    expect(await screen.findByText('赛事状态已改为「评审中」。')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('says a step back closes the open round, and cancel takes nothing', async () => {
    const change = vi.fn<(to: CompetitionStatus) => Promise<unknown>>();
    const { user } = renderWithRouter(
      <StatusStepper competition={presetForTest({ status: 'review' })} change={change} onChanged={vi.fn()} />,
    );
    await user.click(screen.getByRole('button', { name: '退回：报名中' }));
    expect(screen.getByText('关闭评审轮次「网络评审」：评委暂时不能评分，已提交的评分保留。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(change).not.toHaveBeenCalled();
  });

  it('lists the refusals in words with a link to fix each', async () => {
    const change = vi
      .fn<(to: CompetitionStatus) => Promise<unknown>>()
      .mockRejectedValue(refused([{ code: 'no-tracks' }, { code: 'rubric-empty', roundId: 'final' }]));
    const onChanged = vi.fn();
    const { user } = renderWithRouter(
      <StatusStepper competition={presetForTest()} change={change} onChanged={onChanged} />,
    );
    await user.click(screen.getByRole('button', { name: '下一步：报名中' }));
    await user.click(screen.getByRole('button', { name: '确认' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('还不能进入「报名中」：');
    expect(alert).toHaveTextContent('还没有赛道：至少添加一个赛道。');
    expect(alert).toHaveTextContent('评审轮次「决赛路演」还没有评分标准。');
    expect(within(alert).getByRole('link', { name: '去设置「赛道」' })).toHaveAttribute('href', '#tracks');
    expect(within(alert).getByRole('link', { name: '去设置「评分标准」' })).toHaveAttribute('href', '#rubric');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('speaks English', async () => {
    await setTestLanguage('en');
    renderWithRouter(<StatusStepper competition={presetForTest()} change={vi.fn()} onChanged={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Next: Registration open' })).toBeInTheDocument();
  });
});

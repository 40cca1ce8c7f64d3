import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, setTestLanguage } from '@/lib/test/render';
import type { CreateCompetitionRequest } from '../../api/create-competition';
import type { listOrganizedCompetitions } from '../../api/organized-competitions';
import { CreateCompetitionForm } from './create-competition-form';

type Create = (request: CreateCompetitionRequest) => Promise<string>;
const organized: typeof listOrganizedCompetitions = () =>
  Promise.resolve({
    items: [{ id: 'xining-2021', title: '西宁首届大赛', titleEn: 'Xining First' }],
    next: null,
  });

function renderForm(create = vi.fn<Create>().mockResolvedValue('new-id')) {
  const onCreated = vi.fn();
  const rendered = renderWithRouter(
    <CreateCompetitionForm uid="u1" create={create} onCreated={onCreated} loadOrganized={organized} />,
  );
  return { ...rendered, create, onCreated };
}

describe('CreateCompetitionForm', () => {
  beforeEach(async () => {
    await setTestLanguage('zh-CN');
  });

  it('describes the preset from the preset itself and starts there', () => {
    renderForm();
    expect(screen.getByRole('radio', { name: /常用赛制/ })).toBeChecked();
    expect(screen.getByText('赛道：企业组、团队组')).toBeInTheDocument();
    expect(screen.getByText('评审轮次：网络评审、决赛路演')).toBeInTheDocument();
    expect(
      screen.getByText('评分标准：技术创新 30、市场前景 25、商业模式 15、团队 20、财务与路演 10'),
    ).toBeInTheDocument();
    expect(screen.getByText('每个项目 5 位评委')).toBeInTheDocument();
    expect(screen.getByText('去掉 1 个最高分和 1 个最低分后取平均')).toBeInTheDocument();
    expect(screen.getByText('奖项：一等奖 2 名、二等奖 4 名、三等奖 6 名')).toBeInTheDocument();
  });

  it('needs a title, then creates from the preset and hands on the new id', async () => {
    const { user, create, onCreated } = renderForm();
    await user.click(screen.getByRole('button', { name: '创建赛事' }));
    expect(screen.getByLabelText('赛事名称（中文）')).toHaveAccessibleDescription(/此项为必填项/);
    expect(create).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('赛事名称（中文）'), '第二届大赛');
    await user.click(screen.getByRole('button', { name: '创建赛事' }));
    expect(create).toHaveBeenCalledWith({ template: 'preset', title: '第二届大赛' });
    expect(onCreated).toHaveBeenCalledWith('new-id');
  });

  it('copies a competition the user organizes, once one is chosen', async () => {
    const { user, create } = renderForm();
    await user.click(screen.getByRole('radio', { name: /复制已有赛事/ }));
    await user.type(screen.getByLabelText('赛事名称（中文）'), '第二届');
    await user.click(screen.getByRole('button', { name: '创建赛事' }));
    expect(await screen.findByText('请选择要复制的赛事')).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: '西宁首届大赛' }));
    await user.click(screen.getByRole('button', { name: '创建赛事' }));
    expect(create).toHaveBeenCalledWith({ template: 'copy', title: '第二届', copyFrom: 'xining-2021' });
  });

  it('says what to do when creation fails, keeping what was typed', async () => {
    const create = vi.fn<Create>().mockRejectedValue(Object.assign(new Error('x'), { code: 'functions/unavailable' }));
    const { user, onCreated } = renderForm(create);
    await user.type(screen.getByLabelText('赛事名称（中文）'), '第二届');
    await user.click(screen.getByRole('button', { name: '创建赛事' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('网络连接异常，赛事没有创建。请检查网络后重试。');
    expect(screen.getByLabelText('赛事名称（中文）')).toHaveValue('第二届');
    expect(onCreated).not.toHaveBeenCalled();
  });
});

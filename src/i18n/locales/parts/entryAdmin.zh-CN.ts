export const entryAdminZhCN = {
  title: '参赛项目',
  nav: '参赛项目',
};

export const setupZhCN = {
  title: '赛事设置',
  nav: '赛事设置',
  create: { title: '创建赛事', nav: '创建赛事' },
};

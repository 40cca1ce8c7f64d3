// 实时进度 (dashboard.*). Chinese.
export const dashboardZhCN = {
  title: '实时进度',
  nav: '实时进度',
};

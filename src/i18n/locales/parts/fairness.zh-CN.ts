// 公平性 (fairness.*). Chinese.
export const fairnessZhCN = {
  title: '公平性',
  nav: '公平性',
};

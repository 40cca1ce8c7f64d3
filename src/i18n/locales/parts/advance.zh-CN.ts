// 晋级 (advance.*). Chinese.
export const advanceZhCN = {
  title: '晋级',
  nav: '晋级',
};

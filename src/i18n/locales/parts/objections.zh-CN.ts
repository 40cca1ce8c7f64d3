// 异议 (objections.*). Chinese.
export const objectionsZhCN = {
  title: '异议',
  nav: '异议',
};

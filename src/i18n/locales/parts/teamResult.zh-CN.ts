// 评审结果 (teamResult.*). Chinese.
export const teamResultZhCN = {
  title: '评审结果',
  nav: '评审结果',
};

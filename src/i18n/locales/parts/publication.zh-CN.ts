// 发布与导出 (publication.*). Chinese.
export const publicationZhCN = {
  title: '发布与导出',
  nav: '发布与导出',
};

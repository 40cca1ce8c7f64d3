// 大屏幕 (screen.*): the big screen of a roadshow (现场亮分). Chinese.
export const screenZhCN = {
  title: '现场大屏',
};

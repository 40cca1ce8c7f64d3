// 路演评分 (roadshow.*): a judge's phone following the stage. Chinese.
export const roadshowZhCN = {
  title: '路演评分',
};

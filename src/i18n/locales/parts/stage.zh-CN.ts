// 路演现场控制台 (stage.*): the organizer's stage control of a roadshow round. Chinese.
export const stageZhCN = {
  title: '路演现场',
  nav: '路演现场控制台',
};

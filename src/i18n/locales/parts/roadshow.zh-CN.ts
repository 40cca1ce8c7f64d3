// 路演评分 (roadshow.*): a judge's phone following the stage. Chinese.
export const roadshowZhCN = {
  title: '路演评分',
  home: {
    body: '本轮在路演现场评分：打开现场页面后，手机会自动跟随台上的项目，轮到评分时显示评分表。',
    open: '进入路演现场',
  },
  notFound: {
    title: '找不到这一路演轮次',
    body: '链接可能有误，或这一轮不是路演轮次。请返回评审首页，或向主办方索取新的二维码。',
    home: '返回评审首页',
  },
  phone: {
    eyebrow: '{{round}} · {{code}}',
    offline: '当前离线：已填写的评分保存在本机，恢复联网后自动发送。',
    offlineEmpty: '当前离线，本机还没有这个项目的资料。恢复联网后会自动显示。',
    notYours: '你不评审这个项目（未分配或已回避）。请等待下一个项目。',
    pitching: '项目正在路演。主办方开放评分后，这里会自动显示评分表。',
    submitted: '评分已提交，等待主办方亮分。下一个项目上场时，本页会自动切换。',
    scoringClosed: '评分已关闭：只能在主办方开放评分时为台上的项目评分。',
    segment: {
      pitch: '路演陈述',
      qa: '评委问答',
    },
    waiting: {
      'not-started': {
        title: '等待路演开始',
        body: '第一个项目上场时，本页会自动显示。请保持页面打开。',
      },
      between: {
        title: '等待下一个项目',
        body: '下一个项目上场时，本页会自动显示。',
      },
      revealed: {
        title: '已亮分',
        body: '本项目的得分已在大屏公布。下一个项目上场时，本页会自动显示。',
      },
      done: {
        title: '路演已全部结束',
        body: '所有项目都已完成路演，感谢你的评审。',
      },
    },
  },
};

// 大屏幕 (screen.*): the big screen of a roadshow (现场亮分), read from the
// back of a hall: short lines. Chinese.
export const screenZhCN = {
  title: '现场大屏',
  documentTitle: '{{title}} · 现场大屏',
  connecting: '正在连接现场大屏…',
  unknown: {
    title: '大屏链接无效或已失效',
    body: '这个链接不存在，或主办方已生成新的大屏链接。请在舞台控制台复制当前的大屏链接后重新打开。',
  },
  failed: {
    title: '无法连接现场大屏',
    body: '请检查网络后重试；仍无法显示时，请在舞台控制台重新生成大屏链接。',
    retry: '重试',
  },
  offline: '网络已断开，正在重新连接；显示的是最后收到的画面。',
  notStarted: '路演即将开始',
  onStage: '正在路演',
  teamCode: '项目编号 {{code}}',
  segment: {
    pitch: '项目陈述',
    qa: '评委提问',
  },
  timer: {
    label: '{{segment}}剩余时间',
    ready: '未开始',
    running: '计时中',
    paused: '已暂停',
    lastMinute: '最后一分钟',
    over: '时间到',
  },
  scoring: '评委正在打分',
  revealed: '现场亮分',
  judge: '评委 {{number}}',
  judgeScores: '各位评委的评分',
  struck: {
    high: '（最高分，已去掉）',
    low: '（最低分，已去掉）',
  },
  trimmedNote: '去掉一个最高分和一个最低分后取平均',
  finalScore: '最终得分',
  missing_one: '{{count}} 位评委未提交，按已提交的评分计算',
  missing_other: '{{count}} 位评委未提交，按已提交的评分计算',
  leaderboard: {
    title: '本轮实时排名',
    rank: '名次',
    team: '项目',
    score: '得分',
    rankN: '第 {{rank}} 名',
    more_one: '另有 {{count}} 个项目',
    more_other: '另有 {{count}} 个项目',
  },
};

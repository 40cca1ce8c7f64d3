// Award confidence (奖项稳定性) at the prize lines: the results preview and the fairness panel.
export const confidenceZhCN = {
  title: '奖项稳定性',
  explain:
    '把每个项目自己的评分表有放回地重抽 {{samples}} 次，组成假想的评审组重新排名评奖；百分比是项目在这些重抽中保持原奖项的比例。它说明奖项对评委组成有多敏感，不是排名出错的概率。',
  more: '这个数字是什么意思？',
  moreText:
    '每次重抽时，每个项目都从自己的有效评分表中随机抽取同样数量的评分表（可重复抽到同一份），按本赛事的计分方式重新计算得分、排名和奖项。“名次在 2–5 之间”指 95% 的重抽中名次落在这个范围内。低于 90% 的项目所在的奖项分界线列为“有争议”。它只衡量换一组评委会带来的变化，不考虑评分表以外的因素，也不改变正式名次和奖项。结果可复现：与正式计算存储的数值相同（{{samples}} 次，种子 {{seed}}）。',
  running: '计算奖项稳定性… {{percent}}',
  progressLabel: '奖项稳定性计算进度',
  lettersError: '读取不到评委代号，无法按正式计算的方式计算奖项稳定性。请点击上方的“刷新数据”重试；成绩本身不受影响。',
  computeError: '奖项稳定性没有算出来（{{message}}）。请点击上方的“刷新数据”重试；成绩本身不受影响。',
  entry: {
    range: '95% 的重抽评审组中名次在 {{low}}–{{high}} 之间',
    single: '95% 的重抽评审组中名次均为 {{low}}',
    keeps: '第 {{rank}} 名；{{ranks}}；{{percent}} 的情况下仍获{{award}}',
    none: '第 {{rank}} 名；{{ranks}}；{{percent}} 的情况下仍未获奖',
  },
  lines: {
    title: '有争议的奖项分界线',
    count_one: '{{count}} 条',
    count_other: '{{count}} 条',
    none: '没有有争议的分界线：分界线两侧的项目都在至少 90% 的重抽中保持原奖项。',
    between: '{{above}}与{{below}}之间',
    noAward: '未获奖',
    reason: '{{gap}}；{{weakest}}',
    apart: '{{a}} 与 {{b}} 相差 {{gap}} 分',
    same: '{{a}} 与 {{b}} 得分相同，由同分比较的评分项分出先后',
    keeps: '{{entry}} 仅在 {{percent}} 的重抽中保持{{award}}',
    stays: '{{entry}} 仅在 {{percent}} 的重抽中仍未获奖',
    entries: '{{line}}：分界线两侧的项目',
    act: '处理',
    showAll_one: '再显示 {{count}} 个项目',
    showAll_other: '再显示 {{count}} 个项目',
  },
};

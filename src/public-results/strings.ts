// The public page's own strings: it loads neither i18next nor the SPA's
// tables (about 60 kB between them), only these two small ones. `Strings`
// makes both tables have exactly the same keys.

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

const zhCN = {
  pageTitle: '评审结果',
  eyebrow: '公示结果',
  organizer: '主办：{name}',
  switchLanguage: 'English',
  loading: '正在加载评审结果…',
  versionHeading: '第 {version} 版 · {round}',
  publishedOn: '发布于 {date}（北京时间）',
  firstPublishedOn: '首次发布于 {date}（北京时间）',
  updatedBecause: '更新于 {date}（北京时间），原因：{reason}',
  stateNotice: '公示中，公示期至 {date}（北京时间）',
  stateNoticeHelp: '公示期内，参赛团队可登录后对本结果提出异议；公示期结束后结果自动生效。',
  stateFinal: '最终结果',
  stateSuperseded: '本版本已被第 {latest} 版取代',
  viewLatest: '查看最新版本（第 {latest} 版）',
  versionMissing: '没有第 {version} 版，下面是最新版本。',
  awardsHeading: '获奖名单',
  tierTrack: '{tier} · {track}',
  tierEmpty: '本奖项空缺。',
  noTiers: '这一版没有设置奖项。',
  colRank: '名次',
  colCode: '编号',
  colTitle: '项目',
  colTeam: '团队',
  colOrganization: '单位',
  colScore: '得分',
  confidenceShare: '奖项稳定性 {percent}%',
  confidenceRank: '名次 {rank}',
  confidenceRange: '名次 {low}–{high}',
  confidenceHelp:
    '奖项稳定性：用每个项目自己评委的评分表重抽 {samples} 次评审组（随机种子 {seed}），该项目保住同一奖项的比例；名次是 95% 的重抽中它所在的名次范围。它不是"排名出错的概率"。',
  versionsHeading: '所有版本',
  versionsIntro: '每个版本发布后都不会再修改；更正会发布为新的版本并说明原因。',
  versionItem: '第 {version} 版 · {date}',
  versionItemCurrent: '（正在查看）',
  versionItemReason: '原因：{reason}',
  recheckHeading: '复核这些结果',
  recheckIntro: '任何人都可以用公开的评分数据重新计算本结果，并与上面的名单对照。',
  recheckStep1: '下载本版本的评分数据（评委以字母代称，不含姓名）：',
  recheckDownload: '下载评分数据 export.json（第 {version} 版）',
  recheckStep2: '核对文件的 SHA-256 与下面的值一致（例如 sha256sum export.json）：',
  recheckStep3: '在本项目的源代码目录中（Node.js 20 或更新版本）运行：',
  recheckStep4:
    '对照输出中每个项目的得分和名次与上面的名单；或者下载本版本的完整计算结果（含未获奖项目），与输出逐字比较：',
  recheckFullResults: '下载完整计算结果 results.json（第 {version} 版）',
  recheckConfidence: '奖项稳定性用同样的重抽次数和随机种子可以逐字复现：',
  recheckMethod: '计算方法：{method}；{normalization}；每个项目至少 {minSheets} 份评分表。',
  methodMean: '平均分',
  methodMedian: '中位数',
  methodTrimmed: '去掉最高和最低各 {trim} 个分数后的平均分',
  normalizationNone: '不做标准化',
  normalizationZscore: '按评委做 z 分数标准化',
  computedAt: '计算于 {date}（北京时间）',
  notPublishedTitle: '结果尚未公布',
  notPublishedBody: '这个比赛还没有公布评审结果。请稍后再来，或向主办方确认链接是否正确。',
  unknownTitle: '找不到这个比赛',
  unknownBody: '链接不完整或有误。请使用主办方提供的链接或二维码打开。',
  networkTitle: '无法加载结果',
  networkBody: '网络连接出现问题。请检查网络后重试。',
  unreadableTitle: '无法读取结果',
  unreadableBody: '公布的结果文件无法读取。请稍后重试，或联系主办方。',
  retry: '重试',
  print: '打印',
  onlineAt: '在线查看：{url}',
};

export type StringKey = keyof typeof zhCN;
export type Strings = Record<StringKey, string>;

const en: Strings = {
  pageTitle: 'Results',
  eyebrow: 'Published results',
  organizer: 'Organized by {name}',
  switchLanguage: '中文',
  loading: 'Loading the results…',
  versionHeading: 'Version {version} · {round}',
  publishedOn: 'Published on {date} (Beijing time)',
  firstPublishedOn: 'First published on {date} (Beijing time)',
  updatedBecause: 'Updated on {date} (Beijing time) because: {reason}',
  stateNotice: 'Under public notice until {date} (Beijing time)',
  stateNoticeHelp:
    'During the notice period, teams of the competition can sign in and raise an objection. When it ends, the results become final by themselves.',
  stateFinal: 'Final results',
  stateSuperseded: 'This version was replaced by version {latest}',
  viewLatest: 'See the latest version (version {latest})',
  versionMissing: 'There is no version {version}; this is the latest version.',
  awardsHeading: 'Awards',
  tierTrack: '{tier} · {track}',
  tierEmpty: 'Not awarded.',
  noTiers: 'This version has no award tiers.',
  colRank: 'Rank',
  colCode: 'No.',
  colTitle: 'Project',
  colTeam: 'Team',
  colOrganization: 'Organization',
  colScore: 'Score',
  confidenceShare: 'award confidence {percent} %',
  confidenceRank: 'rank {rank}',
  confidenceRange: 'rank {low}–{high}',
  confidenceHelp:
    "Award confidence: each entry's own judges' sheets were redrawn into {samples} panels (random seed {seed}); it is the share of them in which the entry kept the same award, and the rank is where it placed in 95 % of them. It is not the probability that the ranking is wrong.",
  versionsHeading: 'All versions',
  versionsIntro: 'A published version is never changed; a correction is published as a new version, with a reason.',
  versionItem: 'Version {version} · {date}',
  versionItemCurrent: '(shown)',
  versionItemReason: 'Reason: {reason}',
  recheckHeading: 'Re-check these results',
  recheckIntro: 'Anyone can recompute these results from the published scores and compare them with the list above.',
  recheckStep1: "Download this version's scores (judges appear as letters, never by name):",
  recheckDownload: 'Download the scores, export.json (version {version})',
  recheckStep2: 'Check that its SHA-256 is the one below (for example sha256sum export.json):',
  recheckStep3: "In a copy of this project's source code (Node.js 20 or later), run:",
  recheckStep4:
    "Compare each project's score and rank in the output with the list above, or download this version's full results (projects without an award too) and compare them with the output, byte for byte:",
  recheckFullResults: 'Download the full results, results.json (version {version})',
  recheckConfidence: 'The award confidence reproduces exactly with the same number of panels and seed:',
  recheckMethod: 'Method: {method}; {normalization}; at least {minSheets} score sheets per project.',
  methodMean: 'mean',
  methodMedian: 'median',
  methodTrimmed: 'mean without the {trim} highest and {trim} lowest scores',
  normalizationNone: 'no normalization',
  normalizationZscore: 'z-score normalization per judge',
  computedAt: 'Computed on {date} (Beijing time)',
  notPublishedTitle: 'No results yet',
  notPublishedBody:
    'This competition has not published its results yet. Come back later, or check the link with the organizers.',
  unknownTitle: 'Competition not found',
  unknownBody: 'The link is incomplete or wrong. Open the link or QR code the organizers gave you.',
  networkTitle: 'The results could not load',
  networkBody: 'The connection failed. Check your network and try again.',
  unreadableTitle: 'The results could not be read',
  unreadableBody: 'The published results file could not be read. Try again later, or contact the organizers.',
  retry: 'Try again',
  print: 'Print',
  onlineAt: 'Online: {url}',
};

export const STRINGS: Record<Language, Strings> = { 'zh-CN': zhCN, en };

/** A string with its `{name}` placeholders filled in. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `?lang=` first, then the browser's languages; Chinese unless English is asked for first. */
export function pickLanguage(search: string, navigatorLanguages: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lang');
  for (const lang of asked ? [asked, ...navigatorLanguages] : navigatorLanguages) {
    const lower = lang.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

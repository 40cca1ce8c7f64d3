// The second demo competition: open for registration whenever `npm run dev`
// starts, so a newcomer can sign up, register a team and submit. Same tracks
// and rubric as the first edition, a few questions of its own, no entries.
import { buildDemoContest, ORGANIZER_NAME } from './demo-contest.mjs';

export const OPEN_COMPETITION_ID = 'xining-2022';
const DAY = 24 * 60 * 60 * 1000;
/** How long the demo stays open after a seed (or after dev finds it about to close). */
export const OPEN_FOR_MS = 30 * DAY;

const QUESTIONS = [
  {
    id: 'team-size',
    kind: 'number',
    label: '团队人数',
    labelEn: 'Team size',
    required: true,
    min: 1,
    max: 500,
  },
  {
    id: 'ip',
    kind: 'long-text',
    label: '核心技术与知识产权（专利、软著等）',
    labelEn: 'Core technology and intellectual property (patents, software copyrights)',
    required: true,
    maxLength: 2000,
  },
  {
    id: 'registered',
    kind: 'choice',
    label: '项目是否已在西宁落地注册',
    labelEn: 'Is the project registered in Xining?',
    required: true,
    options: [
      { id: 'yes', label: '已注册', labelEn: 'Yes' },
      { id: 'planned', label: '计划获奖后落地', labelEn: 'Planned after an award' },
      { id: 'no', label: '暂无计划', labelEn: 'No plans yet' },
    ],
  },
  {
    id: 'website',
    kind: 'short-text',
    label: '项目网址或公众号',
    labelEn: 'Project website or WeChat account',
    required: false,
    maxLength: 200,
  },
  {
    // A file answer: PDF, JPEG or PNG, at most 20 MiB (src/domain/submission/entry-file.ts).
    id: 'certificates',
    kind: 'file',
    label: '获奖证明或专利证书',
    labelEn: 'Award or patent certificates',
    required: false,
  },
];

/** The open competition's document (dates in epoch ms), open from a day before `now`. */
export function buildOpenContest(now) {
  const first = buildDemoContest().competition;
  return {
    ...first,
    title: '西宁第二届“相约高新区”创新创业大赛',
    titleEn: 'Xining Second "Meet in the High-tech Zone" Innovation & Entrepreneurship Competition',
    organizerName: ORGANIZER_NAME[0],
    organizerNameEn: ORGANIZER_NAME[1],
    rulesText: [
      '一、参赛对象：在西宁或有意在西宁落地的科技型企业（企业组）和创业团队（团队组）。',
      '二、报名：注册账号后在线报名，填写项目信息并上传商业计划书（PDF，不超过 20 MB）。',
      '三、截止：提交截止时间以页面显示的北京时间为准，截止前可修改、撤回并重新提交。',
      '四、评审：网络评审每个项目由 5 位评委打分，去掉一个最高分和一个最低分后取平均。',
      '五、奖项：一等奖 2 名、二等奖 4 名、三等奖 6 名。',
    ].join('\n'),
    // Published in Chinese only: English readers are told so (not shown the first edition's).
    rulesTextEn: '',
    status: 'registration',
    submissionOpensAt: now - DAY,
    submissionDeadline: now + OPEN_FOR_MS,
    entryForm: { questions: QUESTIONS },
    // Judging dates are set once registration closes.
    rounds: first.rounds.map((r) => ({ ...r, status: 'pending', opensAt: null, closesAt: null })),
    openRoundIds: [],
    createdAt: now - DAY,
    updatedAt: now - DAY,
  };
}

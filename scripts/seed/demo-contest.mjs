// The demo competition as Firestore documents. Its entries and score sheets
// are those of test/fixtures/demo-contest.export.json, the results engine's
// golden fixture, so the results the app computes from the seed can be checked
// against test/fixtures/demo-contest.results.json. What the export has no place
// for (names in two languages, rounds, teams' identities) is added here,
// deterministically: the same seed every time.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../emulators/emulator-env.mjs';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-accounts.mjs';

export const DEMO_COMPETITION_ID = 'xining-2021';
export const DEMO_ROUND_ID = 'review';

const at = (iso) => new Date(iso).getTime();

export const TRACKS = [
  { id: 'enterprise', name: '企业组', nameEn: 'Enterprise track', codePrefix: 'E', requiresCompany: true },
  { id: 'team', name: '团队组', nameEn: 'Team track', codePrefix: 'T', requiresCompany: false },
];
export const ORGANIZER_NAME = ['西宁经济技术开发区管委会', 'Xining Economic and Technological Development Zone'];
const CRITERIA_EN = {
  innovation: ['技术与创新', 'Technology & innovation'],
  market: ['市场前景', 'Market'],
  team: ['团队能力', 'Team'],
  business: ['商业模式', 'Business model'],
  pitch: ['财务与路演', 'Finance & pitch'],
};
const AWARD_EN = { first: 'First prize', second: 'Second prize', third: 'Third prize' };

/** Judges per entry in the review round. */
export const REVIEW_K = 5;

// What each review criterion asks, for the judge's scoring screen.
const REVIEW_GUIDE = {
  innovation: {
    description: '核心技术的先进性、原创性与知识产权情况。',
    descriptionEn: 'How advanced and original the core technology is, and its intellectual property.',
  },
  market: {
    description: '目标市场规模、需求真实性与竞争格局。',
    descriptionEn: 'Size of the target market, real demand, and the competition.',
  },
  team: {
    description: '团队结构、专业背景与执行能力。',
    descriptionEn: "The team's make-up, expertise and ability to deliver.",
  },
  business: {
    description: '盈利模式是否清晰、可持续。',
    descriptionEn: 'Whether the way it makes money is clear and sustainable.',
  },
  pitch: {
    description: '财务预测的合理性与材料表达的清晰度。',
    descriptionEn: 'How sound the financial forecast is and how clearly the material presents it.',
  },
};

/** A four-band level guide (优秀 / 良好 / 一般 / 较差) for a criterion scored 0..max. */
function levelsOf(max) {
  const band = (from, to, text, textEn) => ({ min: (max * from) / 10, max: (max * to) / 10, text, textEn });
  return [
    band(9, 10, '优秀：国内领先，证据充分', 'Excellent: leading in China, well evidenced'),
    band(7, 8.5, '良好：优势明显，个别方面待验证', 'Good: clear strengths, some points still to prove'),
    band(5, 6.5, '一般：有一定基础，优势不突出', 'Fair: a basis, no clear advantage'),
    band(0, 4.5, '较差：依据不足', 'Weak: little evidence'),
  ];
}

// The final roadshow scores the pitch on the day, out of 100 in whole points.
const FINAL_CRITERIA = [
  [
    'value',
    '项目价值',
    'Project value',
    40,
    '技术与商业价值、对高新区产业的带动作用。',
    "Technical and business value, and what it brings to the zone's industries.",
  ],
  [
    'presentation',
    '路演表现',
    'Presentation',
    30,
    '陈述是否清晰、有说服力，是否在规定时间内完成。',
    'Whether the pitch is clear, convincing and on time.',
  ],
  [
    'answers',
    '答辩表现',
    'Questions',
    30,
    '回答评委提问是否准确、有依据。',
    "Whether answers to the judges' questions are accurate and well founded.",
  ],
].map(([id, name, nameEn, weight, description, descriptionEn]) => ({
  id,
  name,
  nameEn,
  weight,
  max: 100,
  step: 1,
  description,
  descriptionEn,
  levels: levelsOf(100),
}));

// Judges' organizations and fields of expertise: none shares an organization
// with a demo team, so the golden sheets hold no conflict.
const JUDGE_PROFILES = [
  { organizations: ['中国科学院青海盐湖研究所'], tags: ['锂电新材料', '铝镁合金新材料'] },
  { organizations: ['青海省投资集团有限公司'], tags: ['光伏新能源', '数字经济'] },
  { organizations: ['兰州大学'], tags: ['高原生物医药'] },
  { organizations: ['青海省人民医院'], tags: ['高原生物医药', '文旅康养'] },
  { organizations: ['西宁市创业投资引导基金'], tags: ['数字经济', '现代物流'] },
  { organizations: ['国网青海省电力公司'], tags: ['光伏新能源', '锂电新材料'] },
  { organizations: ['青海省文化和旅游厅'], tags: ['文旅康养', '现代物流'] },
];

const FIELDS = [
  [/光伏|储能|氢/, '光伏新能源'],
  [/锂/, '锂电新材料'],
  [/铝|镁/, '铝镁合金新材料'],
  [/医|药|虫草|枸杞|沙棘|牦牛|生物|花青素|藜麦|食品/, '高原生物医药'],
  [/旅游|康养|文旅/, '文旅康养'],
  [/物流|冷链/, '现代物流'],
];
const fieldOf = (title) => FIELDS.find(([re]) => re.test(title))?.[1] ?? '数字经济';

const COMPANY_WORDS = [
  '昆仑',
  '三江源',
  '湟水',
  '祁连',
  '青藏',
  '柴达木',
  '河湟',
  '雪域',
  '江河',
  '日月山',
  '金银滩',
  '塔尔',
];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '马丽', '韩梅', '祁文', '才让', '卓玛'];
const STAGES = ['prototype', 'revenue', 'idea'];

// 统一社会信用代码 (GB 32100) for the demo companies: registered in Xining
// (630100), with the check character computed as the standard says. The same
// algorithm is src/domain/registration/credit-code.ts, which a unit test uses
// to check these codes (the seed runs as plain Node, without the TS sources).
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function demoCreditCode(n) {
  const body = `91630100MA${String(7000000 + n * 7919).slice(-7)}`;
  const sum = [...body].reduce((acc, ch, i) => acc + CREDIT_CHARS.indexOf(ch) * CREDIT_WEIGHTS[i], 0);
  return body + CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

const SCHOOLS = ['青海大学', '青海师范大学', '青海民族大学', '西宁城市职业技术学院'];

export function loadDemoExport() {
  return JSON.parse(readFileSync(join(root, 'test/fixtures/demo-contest.export.json'), 'utf8'));
}

/** Everything to write, as plain data; seed.mjs turns it into Auth users and documents. */
export function buildDemoContest(exported = loadDemoExport()) {
  const src = exported.competition;
  const now = at('2026-11-20T09:00:00+08:00');
  const competition = {
    title: '西宁首届“相约高新区”创新创业大赛',
    titleEn: 'Xining First "Meet in the High-tech Zone" Innovation & Entrepreneurship Competition',
    organizerName: ORGANIZER_NAME[0],
    organizerNameEn: ORGANIZER_NAME[1],
    description:
      '大赛面向在西宁或有意落地西宁的科技型企业和创业团队，聚焦新能源、新材料、高原生物医药、数字经济等领域，设企业组和团队组。',
    descriptionEn:
      'For technology companies and start-up teams in (or coming to) Xining, in new energy, new materials, plateau biomedicine and the digital economy; an enterprise track and a team track.',
    rulesText: '本届大赛报名已于 2026 年 11 月 1 日截止，现进入网络评审阶段。',
    rulesTextEn: 'Registration closed on 1 November 2026; the online review is under way.',
    ownerUid: 'organizer',
    status: 'review',
    visibility: 'public',
    blind: true,
    feedbackToTeams: false,
    submissionOpensAt: at('2026-09-01T09:00:00+08:00'),
    submissionDeadline: at('2026-11-01T00:00:00+08:00'),
    tracks: TRACKS,
    entryForm: { questions: [] },
    rounds: [
      {
        id: DEMO_ROUND_ID,
        name: '网络评审',
        nameEn: 'Online review',
        kind: 'online',
        status: 'open',
        opensAt: at('2026-11-05T09:00:00+08:00'),
        closesAt: at('2026-12-05T18:00:00+08:00'),
        judgesPerEntry: 5,
        rubric: {
          criteria: src.rubric.criteria.map((c) => ({
            id: c.id,
            name: CRITERIA_EN[c.id]?.[0] ?? c.label ?? c.id,
            nameEn: CRITERIA_EN[c.id]?.[1] ?? c.id,
            weight: c.weight,
            max: c.max,
            // The demo's sheets score in half points.
            step: 0.5,
            ...REVIEW_GUIDE[c.id],
            levels: levelsOf(c.max),
          })),
        },
      },
      {
        id: 'final',
        name: '决赛路演',
        nameEn: 'Final roadshow',
        kind: 'roadshow',
        status: 'pending',
        opensAt: at('2026-12-12T09:00:00+08:00'),
        closesAt: at('2026-12-12T18:00:00+08:00'),
        // Every judge scores every finalist on stage.
        judgesPerEntry: null,
        rubric: { criteria: FINAL_CRITERIA },
      },
    ],
    aggregation: {
      method: src.aggregation.method,
      trim: src.aggregation.trim ?? 1,
      normalization: src.aggregation.normalization,
      minSheets: src.aggregation.minSheets ?? 1,
    },
    ranking: { scope: src.ranking.scope },
    awards: src.awards.map((a) => ({
      id: a.id,
      label: a.label ?? a.id,
      labelEn: AWARD_EN[a.id] ?? a.id,
      count: a.count,
      track: a.track ?? null,
    })),
    createdAt: at('2026-09-01T09:00:00+08:00'),
    updatedAt: now,
  };
  competition.roundCriterionIds = Object.fromEntries(
    competition.rounds.map((r) => [r.id, r.rubric.criteria.map((c) => c.id)]),
  );
  // What the rules and functions go by for "the round is open".
  competition.openRoundIds = competition.rounds.filter((r) => r.status === 'open').map((r) => r.id);

  const organizer = { uid: 'organizer', email: DEMO_LOGINS.organizer, displayName: '大赛组委会' };
  const judgeIds = [...new Set(exported.sheets.map((s) => s.judgeId))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  // A judge who recused from an entry declared a conflict with it.
  const conflictsOf = (uid) =>
    exported.sheets.filter((s) => s.judgeId === uid && s.status === 'recused').map((s) => s.entryId);
  const judges = judgeIds.map((id, i) => ({
    uid: id,
    email: DEMO_LOGINS.judges[i] ?? `judge${i + 1}@demo.local`,
    displayName: `评委 ${PEOPLE[i % PEOPLE.length]}`,
    ...JUDGE_PROFILES[i % JUDGE_PROFILES.length],
    conflicts: conflictsOf(id),
  }));

  const entries = exported.entries.map((e, i) => {
    const n = i + 1;
    const isEnterprise = e.track === 'enterprise';
    const word = COMPANY_WORDS[i % COMPANY_WORDS.length];
    const contact = PEOPLE[(i * 5) % PEOPLE.length];
    const team = {
      uid: `team${n}`,
      email: DEMO_LOGINS.teams[i] ?? `team${n}@demo.local`,
      displayName: `${contact}（${e.id}）`,
    };
    return {
      team,
      entry: {
        id: e.id,
        code: `E-${String(n).padStart(3, '0')}`,
        trackId: e.track,
        title: e.title,
        field: fieldOf(e.title),
        summary: `${e.title}：立足青海高原资源禀赋，面向${fieldOf(e.title)}产业链的关键环节，已完成样机/试点验证，计划三年内实现规模化应用。`,
        problem: `${fieldOf(e.title)}产业在高原环境下成本高、效率低，现有方案难以适应低温、低氧和长距离运输的条件。`,
        solution: `以自主研发的核心工艺为基础，结合本地资源，提供面向${fieldOf(e.title)}企业的一体化解决方案。`,
        stage: STAGES[i % STAGES.length],
        financing: i % 3 === 0 ? '天使轮 300 万元' : '尚未融资',
        answers: {},
        status: e.status ?? 'submitted',
        deckPath: null,
        revision: 1,
        createdAt: at('2026-10-01T09:00:00+08:00') + n * 3_600_000,
        updatedAt: at('2026-10-20T09:00:00+08:00') + n * 3_600_000,
        submittedAt: (e.status ?? 'submitted') === 'draft' ? null : at('2026-10-25T09:00:00+08:00') + n * 60_000,
      },
      identity: {
        teamName: isEnterprise ? `${word}${fieldOf(e.title).slice(0, 2)}科技` : `${word}创新团队`,
        organization: isEnterprise
          ? `青海${word}${fieldOf(e.title).slice(0, 2)}科技有限公司`
          : SCHOOLS[i % SCHOOLS.length],
        contactName: contact,
        contactPhone: `1380971${String(1000 + n).slice(-4)}`,
        contactEmail: team.email,
        members: [
          { name: contact, role: '负责人' },
          { name: PEOPLE[(i * 5 + 1) % PEOPLE.length], role: '技术负责人' },
        ],
        creditCode: isEnterprise ? demoCreditCode(n) : '',
        ownerUids: [team.uid],
      },
    };
  });

  const sheets = exported.sheets.map((s, i) => ({
    roundId: DEMO_ROUND_ID,
    judgeUid: s.judgeId,
    entryId: s.entryId,
    status: s.status,
    scores: s.scores ?? {},
    comments: {},
    comment: '',
    revision: 1,
    updatedAt: at('2026-11-10T09:00:00+08:00') + i * 60_000,
    submittedAt: s.status === 'draft' ? null : at('2026-11-10T09:00:00+08:00') + i * 60_000,
  }));
  const assignments = reviewAssignments(entries, judges, sheets).map(({ judgeId, entryId }) => ({
    judgeUid: judgeId,
    entryId,
    roundIds: [DEMO_ROUND_ID],
    assignedAt: at('2026-11-02T09:00:00+08:00'),
  }));

  const reviewPlan = {
    roundId: DEMO_ROUND_ID,
    strategy: 'engine',
    pools: TRACKS.map((t) => ({ trackId: t.id, k: REVIEW_K, judgeUids: judges.map((j) => j.uid) })),
    updatedAt: at('2026-11-02T09:00:00+08:00'),
  };
  return { competition, organizer, judges, entries, sheets, assignments, reviewPlan, password: DEMO_PASSWORD };
}

/**
 * The review round's assignments, made by the assignment engine (its CLI,
 * build/assign-cli.mjs) from what the assignRound function reads: the
 * round's competing entries (organization from the identity, the field as
 * tag), the judges' organizations, tags and conflicts, and the pairs that
 * have sheets (submitted ones locked). The sheets are the golden export's,
 * so a run from the organizer's page on the fresh demo moves nothing.
 */
function reviewAssignments(entries, judges, sheets) {
  const input = {
    format: 'judging-assignment-input/v1',
    k: REVIEW_K,
    entries: entries
      .filter(({ entry }) => entry.status === 'submitted')
      .map(({ entry, identity }) => ({ id: entry.id, organization: identity.organization, tags: [entry.field] })),
    judges: judges.map((j) => ({ id: j.uid, organizations: j.organizations, tags: j.tags, conflicts: j.conflicts })),
    previous: sheets
      .filter((s) => s.status !== 'recused')
      .map((s) => ({ judgeId: s.judgeUid, entryId: s.entryId, locked: s.status === 'submitted' })),
  };
  const out = execFileSync(process.execPath, [join(root, 'scripts/assign-cli.mjs'), '-'], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return JSON.parse(out).assignments;
}

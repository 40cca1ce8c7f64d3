// Where a new competition starts: the common Chinese format (preset), an
// almost empty form (blank), or a copy of an earlier edition (settings
// copied; people, entries, sheets and results not). createCompetition calls
// these; the create page shows what each gives.
import type { Competition, Criterion, CriterionLevel, Round } from '../model';
import { withRoundMirrors, type CompetitionSettings } from './apply-section';

export type CompetitionTemplate = 'preset' | 'blank' | 'copy';
export const DAY_MS = 86_400_000;

export interface NewCompetitionFacts {
  title: string;
  titleEn: string;
  ownerUid: string;
  now: number;
}

const level = (min: number, max: number, text: string, textEn: string): CriterionLevel => ({ min, max, text, textEn });

/** A four-band guide on a 0–10 scale, as Chinese rubrics usually write it. */
const guide = (top: [string, string], good: [string, string], fair: [string, string], weak: [string, string]) => [
  level(9, 10, ...top),
  level(7, 8.5, ...good),
  level(5, 6.5, ...fair),
  level(0, 4.5, ...weak),
];

const criterion = (
  id: string,
  name: string,
  nameEn: string,
  weight: number,
  description: string,
  descriptionEn: string,
  levels: CriterionLevel[],
  step: number,
): Criterion => ({ id, name, nameEn, weight, max: 10, step, description, descriptionEn, levels });

/** 技术创新 / 市场前景 / 商业模式 / 团队 / 财务与路演, 30/25/15/20/10, scored 0–10. */
export function presetCriteria(step: number): Criterion[] {
  return [
    criterion(
      'innovation',
      '技术创新',
      'Technical innovation',
      30,
      '核心技术的先进性、原创性和知识产权情况。',
      'How advanced and original the core technology is; its intellectual property.',
      guide(
        ['国内领先，拥有核心专利', 'Leading in China, core patents held'],
        ['技术先进，有自主知识产权', 'Advanced, own intellectual property'],
        ['技术一般，创新点有限', 'Ordinary, few new ideas'],
        ['缺乏创新', 'No real innovation'],
      ),
      step,
    ),
    criterion(
      'market',
      '市场前景',
      'Market prospects',
      25,
      '目标市场规模、需求真实性和竞争优势。',
      'Size of the target market, how real the demand is, competitive advantage.',
      guide(
        ['市场空间大，需求明确', 'Large market, clear demand'],
        ['市场较好，有竞争优势', 'Good market, some advantage'],
        ['市场一般', 'Average market'],
        ['市场不明确', 'Unclear market'],
      ),
      step,
    ),
    criterion(
      'business',
      '商业模式',
      'Business model',
      15,
      '盈利模式是否清晰可行，是否可持续。',
      'Whether the way it makes money is clear, workable and lasting.',
      guide(
        ['模式清晰，已验证', 'Clear and proven'],
        ['模式清晰，待验证', 'Clear, not yet proven'],
        ['模式模糊', 'Vague'],
        ['没有可行模式', 'No workable model'],
      ),
      step,
    ),
    criterion(
      'team',
      '团队',
      'Team',
      20,
      '团队结构、专业背景和执行能力。',
      "The team's make-up, expertise and ability to deliver.",
      guide(
        ['结构完整，经验丰富', 'Complete and experienced'],
        ['结构合理', 'Sound'],
        ['关键岗位欠缺', 'Key roles missing'],
        ['团队薄弱', 'Weak team'],
      ),
      step,
    ),
    criterion(
      'finance',
      '财务与路演',
      'Finance and pitch',
      10,
      '财务预测是否合理，路演表达是否清晰。',
      'Whether the financial forecast is sound and the pitch clear.',
      guide(
        ['预测合理，表达出色', 'Sound forecast, excellent pitch'],
        ['预测较合理，表达清楚', 'Fair forecast, clear pitch'],
        ['预测粗略', 'Rough forecast'],
        ['缺少财务分析', 'No financial analysis'],
      ),
      step,
    ),
  ];
}

const round = (r: Omit<Round, 'status' | 'opensAt' | 'closesAt'>): Round => ({
  ...r,
  status: 'pending',
  opensAt: null,
  closesAt: null,
});

/** Settings every template shares: a draft, private until the organizer opens it. */
function base(facts: NewCompetitionFacts): Omit<CompetitionSettings, 'tracks' | 'rounds' | 'roundCriterionIds'> {
  return {
    title: facts.title,
    titleEn: facts.titleEn,
    organizerName: '',
    organizerNameEn: '',
    description: '',
    descriptionEn: '',
    rulesText: '',
    rulesTextEn: '',
    ownerUid: facts.ownerUid,
    status: 'draft',
    visibility: 'public',
    blind: true,
    feedbackToTeams: false,
    submissionOpensAt: facts.now,
    submissionDeadline: facts.now + 30 * DAY_MS,
    entryForm: { questions: [] },
    openRoundIds: [],
    aggregation: { method: 'mean', trim: 0, normalization: 'none', minSheets: 1 },
    ranking: { scope: 'overall' },
    awards: [],
  };
}

/** 企业组 / 团队组, 网络评审 then 决赛路演, 5 judges per entry, drop the highest and lowest, 2 / 4 / 6 prizes. */
export function presetCompetition(facts: NewCompetitionFacts): CompetitionSettings {
  const rounds = [
    round({
      id: 'review',
      name: '网络评审',
      nameEn: 'Online review',
      kind: 'online',
      judgesPerEntry: 5,
      rubric: { criteria: presetCriteria(0.5) },
    }),
    round({
      id: 'final',
      name: '决赛路演',
      nameEn: 'Final roadshow',
      kind: 'roadshow',
      judgesPerEntry: null,
      rubric: { criteria: presetCriteria(0.1) },
    }),
  ];
  return {
    ...base(facts),
    tracks: [
      { id: 'enterprise', name: '企业组', nameEn: 'Enterprise', codePrefix: 'E', requiresCompany: true },
      { id: 'team', name: '团队组', nameEn: 'Team', codePrefix: 'T', requiresCompany: false },
    ],
    ...withRoundMirrors(rounds),
    aggregation: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 3 },
    ranking: { scope: 'overall' },
    awards: [
      { id: 'first', label: '一等奖', labelEn: 'First prize', count: 2, track: null },
      { id: 'second', label: '二等奖', labelEn: 'Second prize', count: 4, track: null },
      { id: 'third', label: '三等奖', labelEn: 'Third prize', count: 6, track: null },
    ],
  };
}

/** One online round without criteria, no tracks, no prizes: the organizer fills in the rest. */
export function blankCompetition(facts: NewCompetitionFacts): CompetitionSettings {
  const rounds = [
    round({
      id: 'review',
      name: '网络评审',
      nameEn: 'Online review',
      kind: 'online',
      judgesPerEntry: 5,
      rubric: { criteria: [] },
    }),
  ];
  return { ...base(facts), tracks: [], ...withRoundMirrors(rounds) };
}

/**
 * A second edition: the settings of `source` (tracks, rounds and their
 * rubrics, questions, aggregation, prizes, texts), as a new draft with its
 * own title and owner; every round pending again, dates cleared (they belong
 * to the earlier edition), the submission window starting now.
 */
export function copiedCompetition(source: Competition, facts: NewCompetitionFacts): CompetitionSettings {
  const fresh = base(facts);
  const rounds = source.rounds.map((r) => ({ ...r, status: 'pending' as const, opensAt: null, closesAt: null }));
  return {
    ...fresh,
    organizerName: source.organizerName,
    organizerNameEn: source.organizerNameEn,
    description: source.description,
    descriptionEn: source.descriptionEn,
    rulesText: source.rulesText,
    rulesTextEn: source.rulesTextEn,
    visibility: source.visibility,
    blind: source.blind,
    feedbackToTeams: source.feedbackToTeams,
    tracks: source.tracks.map((t) => ({ ...t })),
    entryForm: { questions: source.entryForm.questions.map((q) => ({ ...q })) },
    ...withRoundMirrors(rounds),
    aggregation: { ...source.aggregation },
    ranking: { ...source.ranking },
    awards: source.awards.map((a) => ({ ...a })),
  };
}

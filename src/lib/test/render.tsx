// Test helpers (imported by tests only).
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { i18n, LANGUAGE_STORAGE_KEY, type Language } from '@/i18n';
import {
  blankEntry,
  type Competition,
  type Criterion,
  type Entry,
  type EntryIdentity,
  type Member,
} from '@/domain/model';

/** Starts a test in one language, with nothing saved from the last test. */
export async function setTestLanguage(language: Language = 'zh-CN') {
  localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  await i18n.changeLanguage(language);
}

export function renderWithRouter(
  ui: ReactElement,
  { route = '/', ...options }: RenderOptions & { route?: string } = {},
) {
  return {
    user: userEvent.setup(),
    ...render(<MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>, options),
  };
}

export const demoCompetition = (overrides: Partial<Competition> = {}): Competition => ({
  id: 'xining-2025',
  title: '西宁首届“相约高新区”创新创业大赛',
  titleEn: 'Xining First "Meet in the High-tech Zone" Innovation & Entrepreneurship Competition',
  organizerName: '西宁经济技术开发区管委会',
  organizerNameEn: 'Xining Economic and Technological Development Zone',
  description: '',
  descriptionEn: '',
  rulesText: '',
  rulesTextEn: '',
  ownerUid: 'u-owner',
  status: 'review',
  visibility: 'private',
  blind: true,
  feedbackToTeams: false,
  submissionOpensAt: Date.UTC(2030, 3, 1),
  submissionDeadline: Date.UTC(2030, 5, 30, 16),
  tracks: [
    { id: 'growth', name: '成长组', nameEn: 'Growth', codePrefix: 'G', requiresCompany: true },
    { id: 'startup', name: '初创组', nameEn: 'Start-up', codePrefix: 'S', requiresCompany: false },
  ],
  entryForm: { questions: [] },
  rounds: [
    {
      id: 'online',
      name: '网络评审',
      nameEn: 'Online review',
      kind: 'online',
      status: 'open',
      opensAt: null,
      closesAt: null,
      judgesPerEntry: 5,
      rubric: {
        criteria: [
          demoCriterion({ id: 'innovation', name: '创新性', nameEn: 'Innovation', weight: 30, max: 100 }),
          demoCriterion({ id: 'market', name: '市场前景', nameEn: 'Market', weight: 70, max: 100 }),
        ],
      },
    },
    {
      id: 'final',
      name: '决赛路演',
      nameEn: 'Final roadshow',
      kind: 'roadshow',
      status: 'pending',
      opensAt: null,
      closesAt: null,
      judgesPerEntry: null,
      rubric: { criteria: [] },
    },
  ],
  roundCriterionIds: { online: ['innovation', 'market'], final: [] },
  openRoundIds: ['online'],
  aggregation: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 3 },
  ranking: { scope: 'track' },
  awards: [{ id: 'first', label: '一等奖', labelEn: 'First prize', count: 1, track: 'growth' }],
  createdAt: 0,
  updatedAt: 0,
  ...overrides,
});

export const demoMember = (overrides: Partial<Member> = {}): Member => ({
  uid: 'u-1',
  competitionId: 'xining-2025',
  role: 'judge',
  displayName: '评委一',
  email: 'judge1@demo.local',
  entryIds: [],
  tags: [],
  organizations: [],
  conflicts: [],
  trackIds: [],
  addedAt: 0,
  ...overrides,
});

/** A criterion scored in whole points, without a description or level guide. */
export const demoCriterion = (overrides: Partial<Criterion> & Pick<Criterion, 'id'>): Criterion => ({
  name: overrides.id,
  nameEn: overrides.id,
  weight: 1,
  max: 10,
  step: 1,
  description: '',
  descriptionEn: '',
  levels: [],
  ...overrides,
});

/** An entry with blank content; pass what the test is about. */
export const demoEntry = (overrides: Partial<Entry> = {}): Entry => ({
  id: 'e1',
  ...blankEntry('E-001', 'growth'),
  createdAt: 0,
  updatedAt: 0,
  submittedAt: null,
  ...overrides,
});

export const demoIdentity = (overrides: Partial<EntryIdentity> = {}): EntryIdentity => ({
  entryId: 'e1',
  teamName: '青藜团队',
  organization: '',
  contactName: '张三',
  contactPhone: '13800000000',
  contactEmail: 'team@example.com',
  members: [{ name: '张三', role: '负责人' }],
  creditCode: '',
  ownerUids: ['u-1'],
  ...overrides,
});

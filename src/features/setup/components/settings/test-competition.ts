// A competition for the settings page's tests: the preset, as createCompetition writes it.
import type { Competition } from '@/domain/model';
import { presetCompetition } from '@/domain/settings';

export function presetForTest(overrides: Partial<Competition> = {}): Competition {
  return {
    id: 'c-test',
    createdAt: 0,
    updatedAt: 0,
    ...presetCompetition({ title: '第三届大赛', titleEn: 'Third', ownerUid: 'u1', now: Date.UTC(2027, 0, 1) }),
    ...overrides,
  };
}

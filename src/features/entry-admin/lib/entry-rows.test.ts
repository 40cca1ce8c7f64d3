// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { demoEntry, demoIdentity } from '@/lib/test/render';
import { countByStatus, filterRows, joinRows, NO_FILTER, type AdminRow } from './entry-rows';

const entries = [
  demoEntry({ id: 'a', code: 'E-010', trackId: 'growth', title: '高原光伏清洗机器人', status: 'submitted' }),
  demoEntry({ id: 'b', code: 'E-002', trackId: 'growth', title: '牦牛乳制品', status: 'draft' }),
  demoEntry({ id: 'c', code: 'S-001', trackId: 'startup', title: 'Smart Farming', status: 'disqualified' }),
  demoEntry({ id: 'd', code: 'S-002', trackId: 'startup', title: '盐湖提锂', status: 'withdrawn' }),
];
const identities = new Map([
  [
    'a',
    demoIdentity({ entryId: 'a', teamName: '光明团队', organization: '青海光明科技有限公司', contactName: '李四' }),
  ],
  [
    'b',
    demoIdentity({ entryId: 'b', teamName: '雪域乳业', contactPhone: '13900001111', contactEmail: 'Milk@Example.com' }),
  ],
  ['c', demoIdentity({ entryId: 'c', teamName: 'Green Team', organization: '青海大学' })],
]);
const rows = joinRows(entries, identities);
const ids = (list: AdminRow[]) => list.map((r) => r.entry.id);
const search = (query: string) => ids(filterRows(rows, { ...NO_FILTER, query }));

describe('joinRows', () => {
  it('orders by code, numbers as numbers, and joins each identity (none yet: null)', () => {
    expect(ids(rows)).toEqual(['b', 'a', 'c', 'd']);
    expect(rows.find((r) => r.entry.id === 'a')?.identity?.teamName).toBe('光明团队');
    expect(rows.find((r) => r.entry.id === 'd')?.identity).toBeNull();
  });
});

describe('filterRows', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterRows(rows, NO_FILTER))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('filters by status and by track, together', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, status: 'disqualified' }))).toEqual(['c']);
    expect(ids(filterRows(rows, { ...NO_FILTER, track: 'growth' }))).toEqual(['b', 'a']);
    expect(ids(filterRows(rows, { ...NO_FILTER, track: 'growth', status: 'draft' }))).toEqual(['b']);
    expect(ids(filterRows(rows, { ...NO_FILTER, track: 'startup', status: 'draft' }))).toEqual([]);
  });

  it('searches code (with or without the dash), title, team, organization and contact, ignoring case', () => {
    expect(search('e-010')).toEqual(['a']);
    expect(search('e010')).toEqual(['a']);
    expect(search('S 002')).toEqual(['d']);
    expect(search('光伏')).toEqual(['a']);
    expect(search('smart')).toEqual(['c']);
    expect(search('雪域')).toEqual(['b']);
    expect(search('青海')).toEqual(['a', 'c']);
    expect(search('李四')).toEqual(['a']);
    expect(search('13900001111')).toEqual(['b']);
    expect(search('milk@example')).toEqual(['b']);
    expect(search('  ')).toEqual(['b', 'a', 'c', 'd']);
    expect(search('没有这个')).toEqual([]);
  });

  it('combines search with the other filters', () => {
    expect(ids(filterRows(rows, { status: 'submitted', track: 'all', query: '青海' }))).toEqual(['a']);
  });
});

describe('countByStatus', () => {
  it('counts every status, zero included', () => {
    expect(countByStatus(rows)).toEqual({ draft: 1, submitted: 1, withdrawn: 1, disqualified: 1 });
    expect(countByStatus([])).toEqual({ draft: 0, submitted: 0, withdrawn: 0, disqualified: 0 });
  });
});

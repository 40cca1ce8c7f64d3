// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { demoEntry } from '@/lib/test/render';
import type { RoundWork } from '../api/judge-work';
import { filterRows, NO_FILTER, pageOf, workProgress, workRows, type EntryState } from './work-rows';

const work: RoundWork = {
  assignedEntryIds: ['a', 'b', 'c', 'd'],
  // 'x' was recused and reassigned: only its sheet is left. 'w' was
  // withdrawn after it was scored: its assignment is gone.
  sheetStatus: { a: 'submitted', b: 'draft', x: 'recused', w: 'submitted' },
};
const entries: Record<string, EntryState> = {
  a: { kind: 'loaded', entry: demoEntry({ id: 'a', code: 'E-010', title: '光伏储能', trackId: 'growth' }) },
  b: { kind: 'loaded', entry: demoEntry({ id: 'b', code: 'E-2', title: '牦牛乳制品', trackId: 'startup' }) },
  c: { kind: 'loading' },
  d: { kind: 'loaded', entry: demoEntry({ id: 'd', code: 'T-001', title: 'Solar dryer', trackId: 'startup' }) },
  x: { kind: 'unavailable' },
};
const rows = workRows(work, (id) => entries[id] ?? { kind: 'loading' });
const ids = (list: { entryId: string }[]) => list.map((r) => r.entryId);

describe('workRows', () => {
  it('lists assigned and recused entries, in natural code order, unread entries last', () => {
    expect(rows.map((r) => [r.entryId, r.status])).toEqual([
      ['b', 'draft'],
      ['a', 'submitted'],
      ['d', 'not-started'],
      ['c', 'not-started'],
      ['x', 'recused'],
    ]);
  });

  it('counts progress over the entries that are still the judge’s', () => {
    expect(workProgress(rows)).toEqual({ submitted: 1, total: 4 });
  });
});

describe('filterRows', () => {
  it('leaves recused entries out unless asked for', () => {
    expect(ids(filterRows(rows, NO_FILTER))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(filterRows(rows, { ...NO_FILTER, status: 'recused' }))).toEqual(['x']);
    expect(ids(filterRows(rows, { ...NO_FILTER, status: 'not-started' }))).toEqual(['d', 'c']);
  });

  it('filters by track, leaving out entries not read yet', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, track: 'startup' }))).toEqual(['b', 'd']);
  });

  it('searches code and title, whatever the case or dashes', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, query: 'e010' }))).toEqual(['a']);
    expect(ids(filterRows(rows, { ...NO_FILTER, query: ' t-00' }))).toEqual(['d']);
    expect(ids(filterRows(rows, { ...NO_FILTER, query: 'SOLAR' }))).toEqual(['d']);
    expect(ids(filterRows(rows, { ...NO_FILTER, query: '牦牛' }))).toEqual(['b']);
    expect(ids(filterRows(rows, { ...NO_FILTER, query: '牦牛', status: 'submitted' }))).toEqual([]);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('cuts pages and clamps the page number', () => {
    expect(pageOf(items, 1, 20)).toMatchObject({ page: 1, pageCount: 3, items: items.slice(0, 20) });
    expect(pageOf(items, 3, 20).items).toEqual(items.slice(40));
    expect(pageOf(items, 9, 20).page).toBe(3);
    expect(pageOf(items, -1, 20).page).toBe(1);
    expect(pageOf(items, Number.NaN, 20).page).toBe(1);
    expect(pageOf([], 2, 20)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

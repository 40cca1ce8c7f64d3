// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assign } from './assign';
import { input } from './test-builders';

function problems(raw: unknown): string[] {
  const out = assign(raw);
  if (out.ok) throw new Error('expected a refusal');
  return out.problems;
}

const valid = (): Record<string, unknown> => input(2, 3, 2) as unknown as Record<string, unknown>;

describe('assign: refusals, one line per problem naming the place', () => {
  it('refuses a non-object input', () => {
    expect(problems(null)).toEqual(['input: must be an object, got null']);
    expect(problems([1])).toEqual(['input: must be an object, got [1]']);
  });

  it('refuses a wrong format', () => {
    expect(problems({ ...valid(), format: 'judging-assignment-input/v2' })).toEqual([
      'format: must be "judging-assignment-input/v1", got "judging-assignment-input/v2"',
    ]);
  });

  it.each([0, -1, 2.5, '3', null, undefined, Number.NaN])('refuses k = %s', (k) => {
    expect(problems({ ...valid(), k })).toEqual(['k: must be an integer ≥ 1']);
  });

  it('refuses lists that are not arrays', () => {
    expect(problems({ ...valid(), entries: {}, judges: 'j1', previous: 3 })).toEqual([
      'entries: must be an array, got {}',
      'judges: must be an array, got "j1"',
      'previous: must be an array or null, got 3',
    ]);
  });

  it('refuses items that are not objects, and missing or empty ids', () => {
    expect(problems({ ...valid(), entries: [1, { id: '' }, {}], judges: [{ id: 7 }] })).toEqual([
      'entries[0]: must be an object, got 1',
      'entries[1].id: must be a non-empty string, got ""',
      'entries[2].id: must be a non-empty string, got nothing',
      'judges[0].id: must be a non-empty string, got 7',
    ]);
  });

  it('refuses duplicate ids', () => {
    const raw = {
      ...valid(),
      entries: [{ id: 'e1' }, { id: 'e1' }],
      judges: [{ id: 'j1' }, { id: 'j2' }, { id: 'j2' }],
    };
    expect(problems(raw)).toEqual(['entries[1]: duplicate id "e1"', 'judges[2]: duplicate id "j2"']);
  });

  it('refuses wrong types in optional fields', () => {
    const raw = {
      ...valid(),
      entries: [{ id: 'e1', organization: 3, tags: 'ai' }],
      judges: [{ id: 'j1', organizations: [1], tags: {}, conflicts: [null] }],
    };
    expect(problems(raw)).toEqual([
      'entries[0].organization: must be a string or null, got 3',
      'entries[0].tags: must be an array of strings or null, got "ai"',
      'judges[0].organizations[0]: must be a string, got 1',
      'judges[0].tags: must be an array of strings or null, got {}',
      'judges[0].conflicts[0]: must be a string, got null',
    ]);
  });

  it('refuses malformed previous pairs', () => {
    const raw = { ...valid(), previous: ['x', { judgeId: 'j1' }, { judgeId: 'j1', entryId: 'e01', locked: 'yes' }] };
    expect(problems(raw)).toEqual([
      'previous[0]: must be an object, got "x"',
      'previous[1].entryId: must be a non-empty string, got nothing',
      'previous[2].locked: must be true, false or null, got "yes"',
    ]);
  });

  it('refuses an entry with more locked pairs than k', () => {
    const previous = ['j1', 'j2', 'j3'].map((judgeId) => ({ judgeId, entryId: 'e02', locked: true }));
    expect(problems(input(2, 3, 2, { previous }))).toEqual(['entries[1] (e02): 3 locked pairs, at most 2 (k)']);
  });

  it('refuses an entry with fewer than k allowed judges, counting locked ones', () => {
    const raw = input(5, 5, 5, {
      entries: [{}, {}, {}, {}, { organization: 'Org' }],
      judges: [{ conflicts: ['e05'] }, { organizations: [' Org'] }, {}, {}, {}],
    });
    expect(problems(raw)).toEqual([
      'entries[4] (e05): 3 allowed judges (no conflict, no shared organization; locked ones counted), 5 needed',
    ]);
    // The same entry with its conflicted judge locked has 4.
    const locked = input(5, 5, 5, {
      entries: [{}, {}, {}, {}, { organization: 'Org' }],
      judges: [{ conflicts: ['e05'] }, { organizations: [' Org'] }, {}, {}, {}],
      previous: [{ judgeId: 'j1', entryId: 'e05', locked: true }],
    });
    expect(problems(locked)).toEqual([
      'entries[4] (e05): 4 allowed judges (no conflict, no shared organization; locked ones counted), 5 needed',
    ]);
  });

  it('refuses k larger than the number of judges for every entry, and no judges at all', () => {
    expect(problems(input(2, 1, 2))).toEqual([
      'entries[0] (e01): 1 allowed judges (no conflict, no shared organization; locked ones counted), 2 needed',
      'entries[1] (e02): 1 allowed judges (no conflict, no shared organization; locked ones counted), 2 needed',
    ]);
    expect(problems(input(1, 0, 1))).toHaveLength(1);
  });

  it('lists every problem of a broken input, never throwing', () => {
    const raw = { format: 1, k: 0, entries: [{ id: 'a' }, { id: 'a' }], judges: null };
    expect(problems(raw)).toEqual([
      'format: must be "judging-assignment-input/v1", got 1',
      'k: must be an integer ≥ 1',
      'entries[1]: duplicate id "a"',
      'judges: must be an array, got null',
    ]);
  });
});

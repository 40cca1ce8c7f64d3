// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assignmentChangeTargets, sheetChangeTargets } from './touched';

const judgeOnly = { rounds: [], judges: [{ roundId: 'r1', judgeUid: 'j1' }], entries: [] };
const all = {
  rounds: ['r1'],
  judges: [{ roundId: 'r1', judgeUid: 'j1' }],
  entries: [{ roundId: 'r1', entryId: 'e1' }],
};

describe('sheetChangeTargets', () => {
  it('touches the judge, the entry and the round when the status changes', () => {
    expect(sheetChangeTargets('r1__j1__e1', null, { status: 'draft' })).toEqual(all);
    expect(sheetChangeTargets('r1__j1__e1', { status: 'draft' }, { status: 'submitted' })).toEqual(all);
    expect(sheetChangeTargets('r1__j1__e1', { status: 'submitted' }, { status: 'draft' })).toEqual(all);
    expect(sheetChangeTargets('r1__j1__e1', { status: 'recused' }, null)).toEqual(all);
  });

  it('touches only the judge (the last activity) when a draft is saved again', () => {
    expect(sheetChangeTargets('r1__j1__e1', { status: 'draft' }, { status: 'draft' })).toEqual(judgeOnly);
  });

  it('touches nothing for an id that is not a sheet id', () => {
    expect(sheetChangeTargets('nonsense', null, { status: 'draft' })).toEqual({ rounds: [], judges: [], entries: [] });
  });
});

describe('assignmentChangeTargets', () => {
  it('touches each round the pair joined or left, and no other', () => {
    expect(assignmentChangeTargets('j1__e1', null, { roundIds: ['r1'] })).toEqual(all);
    expect(assignmentChangeTargets('j1__e1', { roundIds: ['r1'] }, null)).toEqual(all);
    expect(assignmentChangeTargets('j1__e1', { roundIds: ['r0', 'r1'] }, { roundIds: ['r0'] })).toEqual(all);
    expect(assignmentChangeTargets('j1__e1', { roundIds: ['r0'] }, { roundIds: ['r0', 'r1'] })).toEqual(all);
  });

  it('touches nothing when the rounds stay the same, or for a damaged value or id', () => {
    const none = { rounds: [], judges: [], entries: [] };
    expect(assignmentChangeTargets('j1__e1', { roundIds: ['r1'] }, { roundIds: ['r1'] })).toEqual(none);
    expect(assignmentChangeTargets('j1__e1', { roundIds: 'r1' }, { roundIds: null })).toEqual(none);
    expect(assignmentChangeTargets('j1', null, { roundIds: ['r1'] })).toEqual(none);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entryProgressId, judgeProgressId, parseAssignmentId, parseSheetId, roundProgressId } from './ids';

describe('progress ids', () => {
  it('name one document per round, per judge and round, per entry and round', () => {
    expect(roundProgressId('review')).toBe('review');
    expect(judgeProgressId('review', 'j1')).toBe('review__j1');
    expect(entryProgressId('review', 'e7')).toBe('review__e7');
  });

  it('read a sheet id and an assignment id, and nothing else', () => {
    expect(parseSheetId('review__j1__e7')).toEqual({ roundId: 'review', judgeUid: 'j1', entryId: 'e7' });
    expect(parseAssignmentId('j1__e7')).toEqual({ judgeUid: 'j1', entryId: 'e7' });
    for (const bad of ['review__j1', 'review__j1__e7__x', '__j1__e7', 'review____e7', '']) {
      expect(parseSheetId(bad), bad).toBeNull();
    }
    for (const bad of ['j1', 'j1__e7__x', '__e7', 'j1__']) expect(parseAssignmentId(bad), bad).toBeNull();
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toAssignWarnings } from './assign-warnings';

describe('toAssignWarnings', () => {
  it('keeps the known shapes and shows any other as the server’s text', () => {
    const known = [
      { code: 'locked-out-of-pool', judgeUid: 'j1', entryId: 'e1', entryCode: 'A-1', trackId: 't' },
      { code: 'locked-not-competing', judgeUid: 'j1', entryId: 'e2' },
      { code: 'locked-forbidden', judgeUid: 'j2', entryId: 'e1', entryCode: 'A-1', reason: 'organization' },
    ];
    expect(toAssignWarnings([...known, 'old text', { code: 'locked-forbidden', judgeUid: 'j2' }])).toEqual([
      ...known,
      { code: 'other', text: 'old text' },
      { code: 'other', text: '{"code":"locked-forbidden","judgeUid":"j2"}' },
    ]);
    expect(toAssignWarnings(undefined)).toEqual([]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reReviewRefusal, type ReReviewJudge } from './re-review';

const judge = (over: Partial<ReReviewJudge> = {}): ReReviewJudge => ({
  role: 'judge',
  conflicts: [],
  organizations: ['青海大学'],
  ...over,
});
const entry = { id: 'e1', organization: '西宁科技公司' };
const free = { assigned: false, sheetStatus: null };

describe('reReviewRefusal', () => {
  it('allows a judge with no link to the entry', () => {
    expect(reReviewRefusal(judge(), entry, free)).toBeNull();
    expect(reReviewRefusal(judge(), { id: 'e1', organization: '' }, free)).toBeNull();
  });

  it('refuses someone who is not a judge', () => {
    expect(reReviewRefusal(null, entry, free)).toEqual({ reason: 'not-a-judge' });
    expect(reReviewRefusal(judge({ role: 'organizer' }), entry, free)).toEqual({ reason: 'not-a-judge' });
  });

  it('refuses a declared conflict, a shared organization and a recusal', () => {
    expect(reReviewRefusal(judge({ conflicts: ['e1'] }), entry, free)).toEqual({
      reason: 'conflict',
      cause: 'declared',
    });
    expect(reReviewRefusal(judge({ organizations: [' 西宁科技公司 '] }), entry, free)).toEqual({
      reason: 'conflict',
      cause: 'organization',
    });
    expect(reReviewRefusal(judge(), entry, { assigned: false, sheetStatus: 'recused' })).toEqual({
      reason: 'conflict',
      cause: 'recused',
    });
  });

  it('refuses a judge who already holds the pair or a sheet of it', () => {
    expect(reReviewRefusal(judge(), entry, { assigned: true, sheetStatus: null })).toEqual({
      reason: 'already-assigned',
    });
    expect(reReviewRefusal(judge(), entry, { assigned: false, sheetStatus: 'draft' })).toEqual({
      reason: 'already-assigned',
    });
  });
});

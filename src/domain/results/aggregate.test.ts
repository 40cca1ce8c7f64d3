// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate';

describe('entry score', () => {
  it('mean uses every value', () => {
    expect(aggregate([70, 80, 90, 60], 'mean', 1)).toEqual({ score: 75, used: [true, true, true, true] });
  });

  it('median of an odd count is the middle value', () => {
    expect(aggregate([90, 60, 70], 'median', 1)).toEqual({ score: 70, used: [false, false, true] });
  });

  it('median of an even count is the mean of the two middle values', () => {
    expect(aggregate([90, 60, 70, 80], 'median', 1)).toEqual({ score: 75, used: [false, false, true, true] });
  });

  it('trimmed mean drops trim lowest and trim highest', () => {
    // 95 and 40 dropped: (70 + 80 + 75) / 3 = 75
    expect(aggregate([95, 70, 40, 80, 75], 'trimmed-mean', 1)).toEqual({
      score: 75,
      used: [false, true, false, true, true],
    });
    // trim 2 on 5 values keeps the median
    expect(aggregate([95, 70, 40, 80, 75], 'trimmed-mean', 2).score).toBe(75);
  });

  it('trimmed mean applies only when n ≥ 2·trim + 1, otherwise the plain mean', () => {
    expect(aggregate([90, 60], 'trimmed-mean', 1)).toEqual({ score: 75, used: [true, true] });
    expect(aggregate([90, 60, 30, 0], 'trimmed-mean', 2).score).toBe(45);
    expect(aggregate([90, 60, 30], 'trimmed-mean', 1).score).toBe(60);
  });

  it('trim 0 is the plain mean', () => {
    expect(aggregate([90, 60, 30], 'trimmed-mean', 0).score).toBe(60);
  });

  it('drops the earlier position among equal values (callers pass judgeId order)', () => {
    expect(aggregate([50, 50, 80, 80], 'trimmed-mean', 1).used).toEqual([false, true, true, false]);
  });

  it('has no score without values', () => {
    expect(aggregate([], 'mean', 1).score).toBeNaN();
  });
});

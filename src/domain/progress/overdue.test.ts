// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completion, isOverdue, sortJudges } from './overdue';

describe('isOverdue', () => {
  it('holds once the close has passed with sheets still to submit', () => {
    expect(isOverdue({ assigned: 5, submitted: 3 }, 1000, 1001)).toBe(true);
    expect(isOverdue({ assigned: 5, submitted: 5 }, 1000, 1001)).toBe(false);
    expect(isOverdue({ assigned: 5, submitted: 3 }, 1000, 1000)).toBe(false);
    expect(isOverdue({ assigned: 5, submitted: 3 }, null, 1001)).toBe(false);
  });
});

describe('sortJudges', () => {
  const names: Record<string, string> = { a: '王', b: '李', c: '张', d: '赵' };
  it('puts the overdue first, then the least done, then by name', () => {
    const judges = [
      { judgeUid: 'a', assigned: 10, submitted: 10 },
      { judgeUid: 'b', assigned: 10, submitted: 2 },
      { judgeUid: 'c', assigned: 10, submitted: 8 },
      { judgeUid: 'd', assigned: 0, submitted: 0 },
    ];
    expect(sortJudges(judges, (u) => names[u]!, null, 0).map((j) => j.judgeUid)).toEqual(['b', 'c', 'a', 'd']);
    const late = [...judges, { judgeUid: 'e', assigned: 10, submitted: 9 }];
    expect(sortJudges(late, (u) => names[u] ?? '', 5, 10).map((j) => j.judgeUid)).toEqual(['b', 'c', 'e', 'a', 'd']);
  });

  it('counts a judge with nothing assigned as done', () => {
    expect(completion({ assigned: 0, submitted: 0 })).toBe(1);
    expect(completion({ assigned: 4, submitted: 1 })).toBe(0.25);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summarizeData, type SummaryLookups } from './summarize';

const look: SummaryLookups = {
  entryCode: (id) => ({ e1: 'E-001', t2: 'T-002' })[id] ?? id,
  roundName: (id) => ({ review: '网络评审' })[id] ?? id,
  personName: (uid) => ({ j1: '评委 张' })[uid] ?? uid,
  time: (v) => `time:${v}`,
};

describe('summarizeData', () => {
  it('labels known fields in a fixed order and makes ids readable', () => {
    const lines = summarizeData(
      {
        tiedAtCut: ['t2'],
        n: 3,
        scope: 'track',
        entryIds: ['e1', 't2'],
        roundId: 'review',
        reason: '分数录入错误',
        exportSha256: 'abcdef0123456789',
      },
      look,
    );
    expect(lines.map((l) => [l.key, l.value])).toEqual([
      ['reason', '分数录入错误'],
      ['roundId', '网络评审'],
      ['scope', 'track'],
      ['n', '3'],
      ['entryIds', 'E-001, T-002'],
      ['tiedAtCut', 'T-002'],
      ['exportSha256', 'abcdef012345'],
    ]);
    expect(lines.every((l) => l.known)).toBe(true);
  });

  it('shows unknown keys as they are, objects as JSON, long values and lists cut', () => {
    const lines = summarizeData(
      {
        zeta: { a: 1 },
        alpha: null,
        judgeUid: 'j9',
        entryIds: Array.from({ length: 15 }, (_, i) => `x${i}`),
        long: 'y'.repeat(300),
      },
      look,
    );
    expect(lines.find((l) => l.key === 'judgeUid')?.value).toBe('j9');
    expect(lines.find((l) => l.key === 'entryIds')?.value).toMatch(/x11 … \(\+3\)$/);
    expect(lines.filter((l) => !l.known).map((l) => [l.key, l.value.length > 150 ? 'cut' : l.value])).toEqual([
      ['alpha', '—'],
      ['long', 'cut'],
      ['zeta', '{"a":1}'],
    ]);
    expect(lines.find((l) => l.key === 'long')?.value.endsWith('…')).toBe(true);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { undecodable } from './callable';
import { capProblems } from './problems';

const int64 = (value: unknown) => ({ '@type': 'type.googleapis.com/google.protobuf.Int64Value', value });

describe('undecodable', () => {
  it('lets ordinary data and well-formed Int64 values through', () => {
    expect(undecodable({ competitionId: 'c1', scores: { a: 1 }, list: [1, 'x', null] })).toBeNull();
    expect(undecodable({ n: int64('12') })).toBeNull();
    expect(undecodable(null)).toBeNull();
  });

  it('names what firebase-functions could not decode', () => {
    expect(undecodable({ roundId: int64('NaN') })).toBe('data.roundId: a 64-bit integer that is not a number');
    expect(undecodable({ a: [{ b: { '@type': 'x' } }] })).toBe('data.a.0.b: unsupported value type');
    // An object whose toString throws when the decoder stringifies it.
    expect(undecodable({ n: int64({ toString: 0 }) })).toBe('data.n: a 64-bit integer that is not a number');
    expect(undecodable({ n: int64(['1']) })).toBe('data.n: a 64-bit integer that is not a number');
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(undecodable(deep)).toMatch(/nested more than 32 levels deep$/);
  });
});

describe('capProblems', () => {
  it('keeps 20 lines and says how many more there were', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `p${i}`);
    expect(capProblems(lines)).toEqual([...lines.slice(0, 20), '… and 5 more']);
    expect(capProblems(lines.slice(0, 20))).toEqual(lines.slice(0, 20));
  });
});

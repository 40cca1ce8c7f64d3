// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NONE, TIE, orderGroup, tieBreakOrder } from './rank';

const item = (id: string, ...keys: number[]) => ({ id, keys });

describe('ordering a group', () => {
  it('orders by score, higher first, with standard competition ranks 1, 2, 2, 4', () => {
    const o = orderGroup([item('a', 70, 0.5), item('b', 90, 0.5), item('c', 80, 0.5), item('d', 80, 0.5)]);
    expect(o.order.map((x) => x.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(o.ranks).toEqual([1, 2, 2, 4]);
    expect(o.deciders).toEqual([NONE, 0, TIE, 0]);
  });

  it('lists entries sharing a rank by id ascending (code-unit order)', () => {
    const o = orderGroup([item('b', 80), item('B', 80), item('a', 80)]);
    expect(o.order.map((x) => x.id)).toEqual(['B', 'a', 'b']);
    expect(o.ranks).toEqual([1, 1, 1]);
  });

  it('breaks equal scores with the next keys, in order', () => {
    const o = orderGroup([item('a', 80, 0.6, 0.9), item('b', 80, 0.7, 0.1), item('c', 80, 0.7, 0.2)]);
    expect(o.order.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(o.ranks).toEqual([1, 2, 3]);
    expect(o.deciders).toEqual([NONE, 2, 1]);
  });

  it('treats scores within 1e-9 as equal', () => {
    const o = orderGroup([item('a', 80 + 5e-10, 0.5), item('b', 80, 0.6)]);
    expect(o.order.map((x) => x.id)).toEqual(['b', 'a']);
    expect(o.deciders[1]).toBe(1);
    const p = orderGroup([item('a', 80 + 5e-10, 0.5), item('b', 80, 0.5 - 5e-10)]);
    expect(p.ranks).toEqual([1, 1]);
  });

  it('does not treat scores 2e-9 apart as equal', () => {
    const o = orderGroup([item('a', 80, 0.9), item('b', 80 + 2e-9, 0.1)]);
    expect(o.order.map((x) => x.id)).toEqual(['b', 'a']);
    expect(o.ranks).toEqual([1, 2]);
  });

  it('chains the tolerance so that the result is order independent', () => {
    // 0, 0.8e-9, 1.6e-9: neighbours within 1e-9 → one run, decided by the next key.
    const xs = [item('x', 1.6e-9, 0.1), item('y', 0.8e-9, 0.2), item('z', 0, 0.3)];
    const a = orderGroup(xs);
    const b = orderGroup([xs[2]!, xs[0]!, xs[1]!]);
    expect(a.order.map((x) => x.id)).toEqual(['z', 'y', 'x']);
    expect(b.order.map((x) => x.id)).toEqual(['z', 'y', 'x']);
  });

  it('handles an empty group', () => {
    expect(orderGroup([])).toEqual({ order: [], ranks: [], deciders: [] });
  });
});

describe('tie-break order of criteria', () => {
  it('is weight descending, equal weights in rubric order', () => {
    expect(tieBreakOrder([10, 30, 20, 30, 10])).toEqual([1, 3, 2, 0, 4]);
  });
});

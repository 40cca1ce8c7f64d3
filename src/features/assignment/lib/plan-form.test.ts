// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialPlanForm, invalidKTracks, parseK, toPools, withJudges, withSameJudges } from './plan-form';

const tracks = ['a', 'b'];
const judges = ['j1', 'j2', 'j3'];
const poolJudges = judges.map((uid) => ({ uid, trackIds: [] }));
const onlineRound = { kind: 'online' as const, judgesPerEntry: 5 };
const roadshowRound = { kind: 'roadshow' as const, judgesPerEntry: 5 };

describe('plan form', () => {
  it('starts with k = 5 and every judge on every track, one shared selection', () => {
    const form = initialPlanForm(tracks, poolJudges, onlineRound, null);
    expect(form).toEqual({
      strategy: 'engine',
      sameJudges: true,
      tracks: { a: { k: '5', judgeUids: judges }, b: { k: '5', judgeUids: judges } },
    });
  });

  it("starts from the round's panel size and each track's pool of judges", () => {
    const pooled = [
      { uid: 'j1', trackIds: ['a'] },
      { uid: 'j2', trackIds: [] },
      { uid: 'j3', trackIds: ['b'] },
    ];
    const form = initialPlanForm(tracks, pooled, { kind: 'online', judgesPerEntry: 3 }, null);
    expect(form.tracks).toEqual({ a: { k: '3', judgeUids: ['j1', 'j2'] }, b: { k: '3', judgeUids: ['j2', 'j3'] } });
    expect(form.sameJudges).toBe(false);
    expect(initialPlanForm(tracks, pooled, { kind: 'roadshow', judgesPerEntry: null }, null).strategy).toBe(
      'every-judge',
    );
  });

  it('starts from a stored plan, without judges who are gone, and a strategy the round allows', () => {
    const plan = {
      strategy: 'every-judge' as const,
      pools: [
        { trackId: 'a', k: 3, judgeUids: ['j3', 'j1', 'ghost'] },
        { trackId: 'b', k: 2, judgeUids: ['j1', 'j3'] },
      ],
    };
    const online = initialPlanForm(tracks, poolJudges, onlineRound, plan);
    expect(online.strategy).toBe('engine');
    expect(online.tracks.a).toEqual({ k: '3', judgeUids: ['j1', 'j3'] });
    expect(online.sameJudges).toBe(true);
    expect(initialPlanForm(tracks, poolJudges, roadshowRound, plan).strategy).toBe('every-judge');
    const partial = initialPlanForm(['a', 'b', 'c'], poolJudges, onlineRound, plan);
    expect(partial.tracks.c).toEqual({ k: '5', judgeUids: judges });
    expect(partial.sameJudges).toBe(false);
  });

  it('accepts k as a whole number from 1 to 20 only', () => {
    expect(['1', ' 20 ', '05'].map(parseK)).toEqual([1, 20, 5]);
    expect(['0', '21', '2.5', '-1', '', 'abc', '1e1'].map(parseK)).toEqual([null, null, null, null, null, null, null]);
  });

  it('makes one pool per track; an invalid k blocks only the engine', () => {
    const form = { ...initialPlanForm(tracks, poolJudges, roadshowRound, null) };
    form.tracks = { ...form.tracks, b: { k: '0', judgeUids: ['j2'] } };
    expect(invalidKTracks(form, tracks)).toEqual(['b']);
    expect(toPools(form, tracks)).toBeNull();
    const everyone = { ...form, strategy: 'every-judge' as const };
    expect(toPools(everyone, tracks)).toEqual([
      { trackId: 'a', k: 5, judgeUids: judges },
      { trackId: 'b', k: 5, judgeUids: ['j2'] },
    ]);
  });

  it('shares a selection across tracks only when asked', () => {
    let form = initialPlanForm(tracks, poolJudges, onlineRound, null);
    form = withJudges(form, tracks, 'b', ['j2']);
    expect(form.tracks.a?.judgeUids).toEqual(['j2']);
    form = withSameJudges(form, tracks, false);
    form = withJudges(form, tracks, 'b', ['j1']);
    expect([form.tracks.a?.judgeUids, form.tracks.b?.judgeUids]).toEqual([['j2'], ['j1']]);
    form = withSameJudges(form, tracks, true);
    expect(form.tracks.b?.judgeUids).toEqual(['j2']);
  });
});

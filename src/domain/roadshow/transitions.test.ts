// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Stage, StageTeam } from '../model';
import { stageActionSchema, type StageAction } from './actions';
import { drawOrder } from './draw';
import { newStage } from './new-stage';
import {
  applyStageAction,
  canReveal,
  nextEntry,
  revealCheck,
  revealedStage,
  type StageContext,
  type StageOnlyAction,
} from './transitions';

const teams: StageTeam[] = [
  { entryId: 'e3', code: 'E-003', title: '第三' },
  { entryId: 'e1', code: 'E-001', title: '第一' },
  { entryId: 'e2', code: 'E-002', title: '第二' },
  { entryId: 'e4', code: 'E-004', title: '第四' },
];
const ctx: StageContext = {
  now: 1_000,
  uid: 'org',
  teams: new Map(teams.map((t) => [t.entryId, t])),
  roundOpen: true,
};

function run(stage: Stage, action: StageOnlyAction, over: Partial<StageContext> = {}) {
  return applyStageAction(stage, action, { ...ctx, ...over });
}
function ok(stage: Stage, action: StageOnlyAction, over: Partial<StageContext> = {}): Stage {
  const r = run(stage, action, over);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.value.stage;
}
const start = () => newStage('final', teams, 500);

describe('a new stage', () => {
  it('lists the teams in entry-number order, nobody on stage, default timing', () => {
    const s = start();
    expect(s.order).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(s).toMatchObject({ phase: 'idle', current: null, timer: null, revealed: [], absent: [], draw: null });
    expect(s).toMatchObject({ showJudgeNames: false, timing: { pitchSeconds: 480, qaSeconds: 300 }, revision: 1 });
  });
});

describe('draw', () => {
  it('draws from entry-number order with the seed, records it and audits the codes', () => {
    const shuffled = ok(start(), { type: 'setOrder', order: ['e4', 'e3', 'e2', 'e1'] });
    const r = run(shuffled, { type: 'draw', seed: 99 });
    if (!r.ok) throw new Error(r.reason);
    const order = drawOrder(['e1', 'e2', 'e3', 'e4'], 99);
    expect(r.value.stage.order).toEqual(order);
    expect(r.value.stage.draw).toEqual({ seed: 99, from: ['e1', 'e2', 'e3', 'e4'], order, at: 1_000, by: 'org' });
    expect(r.value.stage.revision).toBe(shuffled.revision + 1);
    expect(r.value.audit).toEqual({
      type: 'stage.drawn',
      data: {
        roundId: 'final',
        seed: 99,
        fromCodes: ['E-001', 'E-002', 'E-003', 'E-004'],
        entryCodes: order.map((id) => ctx.teams.get(id)!.code),
      },
    });
  });
  it('is refused once a team has been on stage', () => {
    const on = ok(start(), { type: 'next' });
    expect(run(on, { type: 'draw', seed: 1 })).toMatchObject({ ok: false, reason: 'already-started' });
  });
});

describe('setOrder', () => {
  it('takes a permutation and keeps the last draw', () => {
    const drawn = ok(start(), { type: 'draw', seed: 5 });
    const order = [...drawn.order].reverse();
    const r = run(drawn, { type: 'setOrder', order });
    expect(r).toMatchObject({ ok: true, value: { changed: true, stage: { order, draw: drawn.draw } } });
    expect(r.ok && r.value.audit?.data.orderChangedByHand).toBe(true);
  });
  it('refuses anything but a permutation', () => {
    for (const order of [['e1', 'e2', 'e3'], ['e1', 'e2', 'e3', 'e3'], ['e1', 'e2', 'e3', 'x'], []]) {
      expect(run(start(), { type: 'setOrder', order })).toMatchObject({ ok: false, reason: 'not-a-permutation' });
    }
  });
  it('keeps the places of the revealed team and the team on stage', () => {
    const on = ok(ok(start(), { type: 'next' }), { type: 'goTo', entryId: 'e3' }); // e3 on stage
    expect(run(on, { type: 'setOrder', order: ['e3', 'e2', 'e1', 'e4'] })).toMatchObject({
      ok: false,
      reason: 'order-locked',
    });
    expect(run(on, { type: 'setOrder', order: ['e4', 'e2', 'e3', 'e1'] })).toMatchObject({ ok: true });
  });
  it('changes nothing when the order is the same', () => {
    expect(run(start(), { type: 'setOrder', order: ['e1', 'e2', 'e3', 'e4'] })).toMatchObject({
      ok: true,
      value: { changed: false, audit: null },
    });
  });
});

describe('absent', () => {
  it('marks and unmarks a team, and next skips it', () => {
    const s = ok(start(), { type: 'absent', entryId: 'e1', absent: true });
    expect(s.absent).toEqual(['e1']);
    expect(ok(s, { type: 'next' }).current?.entryId).toBe('e2');
    expect(ok(s, { type: 'absent', entryId: 'e1', absent: false }).absent).toEqual([]);
    expect(run(s, { type: 'absent', entryId: 'e1', absent: true })).toMatchObject({
      ok: true,
      value: { changed: false },
    });
  });
  it('is refused for the team on stage, a revealed team and a stranger', () => {
    const on = ok(start(), { type: 'next' });
    expect(run(on, { type: 'absent', entryId: 'e1', absent: true })).toMatchObject({ reason: 'on-stage' });
    const revealed = revealedStage(ok(on, { type: 'openScoring' }), ctx);
    const after = ok(revealed, { type: 'next' });
    expect(run(after, { type: 'absent', entryId: 'e1', absent: true })).toMatchObject({ reason: 'already-revealed' });
    expect(run(after, { type: 'absent', entryId: 'zz', absent: true })).toMatchObject({ reason: 'not-in-order' });
  });
});

describe('next and goTo', () => {
  it('calls the next team with a fresh pitch timer, and ends idle after the last', () => {
    let s = ok(start(), { type: 'next' });
    expect(s).toMatchObject({
      phase: 'on-stage',
      current: { entryId: 'e1', code: 'E-001', title: '第一' },
      timer: { segment: 'pitch', durationMs: 480_000, elapsedMs: 0, startedAt: null },
    });
    for (const id of ['e2', 'e3', 'e4']) {
      s = revealedStage(ok(s, { type: 'openScoring' }), ctx);
      s = ok(s, { type: 'next' });
      expect(s.current?.entryId).toBe(id);
    }
    s = ok(revealedStage(ok(s, { type: 'openScoring' }), ctx), { type: 'next' });
    expect(s).toMatchObject({ phase: 'idle', current: null, timer: null, revealed: ['e1', 'e2', 'e3', 'e4'] });
  });
  it('comes back to a team skipped earlier once the end is reached', () => {
    const s = ok(ok(start(), { type: 'goTo', entryId: 'e4' }), { type: 'next' });
    expect(s.current?.entryId).toBe('e1');
    expect(nextEntry({ ...start(), absent: ['e1', 'e2', 'e3', 'e4'] })).toBeNull();
  });
  it('is refused while scoring is open', () => {
    const scoring = ok(ok(start(), { type: 'next' }), { type: 'openScoring' });
    expect(run(scoring, { type: 'next' })).toMatchObject({ ok: false, reason: 'scoring-open' });
    expect(run(scoring, { type: 'goTo', entryId: 'e3' })).toMatchObject({ ok: false, reason: 'scoring-open' });
  });
  it('goTo refuses a revealed, absent or unknown team', () => {
    const revealed = revealedStage(ok(ok(start(), { type: 'next' }), { type: 'openScoring' }), ctx);
    expect(run(revealed, { type: 'goTo', entryId: 'e1' })).toMatchObject({ reason: 'already-revealed' });
    const away = ok(revealed, { type: 'absent', entryId: 'e2', absent: true });
    expect(run(away, { type: 'goTo', entryId: 'e2' })).toMatchObject({ reason: 'is-absent' });
    expect(run(away, { type: 'goTo', entryId: 'nope' })).toMatchObject({ reason: 'not-in-order' });
  });
});

describe('timer', () => {
  const on = () => ok(start(), { type: 'next' });
  it('needs a team on stage', () => {
    expect(run(start(), { type: 'timer', segment: 'pitch', command: 'start' })).toMatchObject({ reason: 'no-team' });
  });
  it('starts, pauses and resets with the server’s time', () => {
    const running = ok(on(), { type: 'timer', segment: 'pitch', command: 'start' }, { now: 2_000 });
    expect(running.timer).toMatchObject({ segment: 'pitch', startedAt: 2_000, elapsedMs: 0 });
    const paused = ok(running, { type: 'timer', segment: 'pitch', command: 'pause' }, { now: 32_000 });
    expect(paused.timer).toMatchObject({ elapsedMs: 30_000, startedAt: null });
    expect(ok(paused, { type: 'timer', segment: 'pitch', command: 'reset' }).timer).toMatchObject({ elapsedMs: 0 });
  });
  it('start on a running timer, pause on a paused one: nothing changes', () => {
    const running = ok(on(), { type: 'timer', segment: 'pitch', command: 'start' }, { now: 2_000 });
    const again = run(running, { type: 'timer', segment: 'pitch', command: 'start' }, { now: 9_000 });
    expect(again).toMatchObject({ ok: true, value: { changed: false, stage: running } });
    expect(run(on(), { type: 'timer', segment: 'pitch', command: 'pause' })).toMatchObject({
      value: { changed: false },
    });
  });
  it('starting the other segment replaces the timer', () => {
    const running = ok(on(), { type: 'timer', segment: 'pitch', command: 'start' }, { now: 2_000 });
    const qa = ok(running, { type: 'timer', segment: 'qa', command: 'start' }, { now: 3_000 });
    expect(qa.timer).toEqual({ segment: 'qa', durationMs: 300_000, elapsedMs: 0, startedAt: 3_000 });
  });
});

describe('setTiming', () => {
  it('sets the round’s durations; a timer not yet started takes them', () => {
    const s = ok(ok(start(), { type: 'next' }), { type: 'setTiming', pitchSeconds: 300, qaSeconds: 120 });
    expect(s.timing).toEqual({ pitchSeconds: 300, qaSeconds: 120 });
    expect(s.timer?.durationMs).toBe(300_000);
  });
  it('leaves a timer that ran alone', () => {
    const ran = ok(ok(start(), { type: 'next' }), { type: 'timer', segment: 'pitch', command: 'start' });
    expect(ok(ran, { type: 'setTiming', pitchSeconds: 300, qaSeconds: 120 }).timer?.durationMs).toBe(480_000);
  });
});

describe('openScoring', () => {
  it('opens scoring for the team on stage', () => {
    const r = run(ok(start(), { type: 'next' }), { type: 'openScoring' });
    expect(r).toMatchObject({
      ok: true,
      value: { stage: { phase: 'scoring' }, audit: { type: 'stage.scoring-opened' } },
    });
  });
  it('is refused without a team, twice, or when the round is not open', () => {
    expect(run(start(), { type: 'openScoring' })).toMatchObject({ reason: 'no-team' });
    const scoring = ok(ok(start(), { type: 'next' }), { type: 'openScoring' });
    expect(run(scoring, { type: 'openScoring' })).toMatchObject({ reason: 'wrong-phase', phase: 'scoring' });
    expect(run(ok(start(), { type: 'next' }), { type: 'openScoring' }, { roundOpen: false })).toMatchObject({
      reason: 'round-not-open',
    });
  });
});

describe('reveal (the stage’s part)', () => {
  it('needs scoring open; a revealed team reveals again as itself', () => {
    expect(canReveal(start())).toMatchObject({ ok: false, reason: 'no-team' });
    const on = ok(start(), { type: 'next' });
    expect(canReveal(on)).toMatchObject({ ok: false, reason: 'wrong-phase', phase: 'on-stage' });
    const scoring = ok(on, { type: 'openScoring' });
    expect(canReveal(scoring)).toEqual({ ok: true, value: { entryId: 'e1', again: false } });
    expect(canReveal(revealedStage(scoring, ctx))).toEqual({ ok: true, value: { entryId: 'e1', again: true } });
  });
  it('closes scoring, records the team and stops its timer', () => {
    const scoring = ok(
      ok(ok(start(), { type: 'next' }), { type: 'timer', segment: 'qa', command: 'start' }, { now: 1_000 }),
      { type: 'openScoring' },
    );
    const s = revealedStage(scoring, { now: 61_000 });
    expect(s).toMatchObject({ phase: 'revealed', revealed: ['e1'], revision: scoring.revision + 1, updatedAt: 61_000 });
    expect(s.timer).toMatchObject({ elapsedMs: 60_000, startedAt: null });
  });
  it('waits for every judge unless told not to, and never goes below the minimum', () => {
    expect(revealCheck({ submitted: 5, missing: 0, minSheets: 3 }, false)).toEqual({
      ok: true,
      value: { missing: 0 },
    });
    expect(revealCheck({ submitted: 4, missing: 1, minSheets: 3 }, false)).toMatchObject({
      reason: 'waiting',
      missing: 1,
    });
    expect(revealCheck({ submitted: 4, missing: 1, minSheets: 3 }, true)).toEqual({ ok: true, value: { missing: 1 } });
    expect(revealCheck({ submitted: 2, missing: 3, minSheets: 3 }, true)).toMatchObject({
      reason: 'below-minimum',
      submitted: 2,
      minimum: 3,
    });
    // minSheets 0 still needs one sheet.
    expect(revealCheck({ submitted: 0, missing: 0, minSheets: 0 }, true)).toMatchObject({ minimum: 1 });
  });
});

describe('showJudgeNames', () => {
  it('switches, and switching to the same value changes nothing', () => {
    const s = ok(start(), { type: 'showJudgeNames', value: true });
    expect(s.showJudgeNames).toBe(true);
    expect(run(s, { type: 'showJudgeNames', value: true })).toMatchObject({ value: { changed: false } });
  });
});

describe('stageActionSchema', () => {
  const parse = (v: unknown) => stageActionSchema.safeParse(v).success;
  it('accepts every action of the contract', () => {
    const actions: StageAction[] = [
      { type: 'init' },
      { type: 'draw' },
      { type: 'draw', seed: 4294967295 },
      { type: 'setOrder', order: ['a', 'b'] },
      { type: 'absent', entryId: 'a', absent: true },
      { type: 'next' },
      { type: 'goTo', entryId: 'a' },
      { type: 'timer', segment: 'qa', command: 'pause' },
      { type: 'setTiming', pitchSeconds: 30, qaSeconds: 3600 },
      { type: 'openScoring' },
      { type: 'reveal' },
      { type: 'reveal', allowMissing: true },
      { type: 'showJudgeNames', value: false },
      { type: 'screenLink' },
    ];
    for (const a of actions) expect(parse(a)).toBe(true);
  });
  it('refuses unknown actions, extra fields, bad seeds, durations and ids', () => {
    for (const bad of [
      { type: 'explode' },
      { type: 'next', extra: 1 },
      { type: 'draw', seed: -1 },
      { type: 'draw', seed: 4294967296 },
      { type: 'draw', seed: 1.5 },
      { type: 'setTiming', pitchSeconds: 29, qaSeconds: 60 },
      { type: 'setTiming', pitchSeconds: 60, qaSeconds: 3601 },
      { type: 'goTo', entryId: '../x' },
      { type: 'goTo', entryId: 'a__b' },
      { type: 'timer', segment: 'pitch', command: 'rewind' },
      { type: 'setOrder', order: Array.from({ length: 301 }, (_, i) => `e${i}`) },
      null,
      'next',
    ]) {
      expect(parse(bad)).toBe(false);
    }
  });
});

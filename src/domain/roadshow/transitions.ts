import type { Stage, StageTeam } from '../model';
import { refuse, type Refusable, type StageAction } from './actions';
import { drawOrder } from './draw';
import { byCode } from './new-stage';
import { freshTimer, pauseTimer, resetTimer, segmentMs, startTimer } from './timer';

/** What a transition knows besides the stage: nothing here reads a clock or a database. */
export interface StageContext {
  /** The server's time of the call (epoch ms). */
  now: number;
  /** The organizer calling. */
  uid: string;
  /** The stage's teams by entry id (number and title), for the current team and the audit. */
  teams: ReadonlyMap<string, StageTeam>;
  /** The round is among the competition's open rounds (scoring may open). */
  roundOpen: boolean;
}

/** The audit event of a change (`type` and `data`; the callable adds the actor and subject). */
export interface StageAuditEvent {
  type: StageAuditType;
  data: Record<string, unknown>;
}

/** Every audit type the stage control writes (src/features/audit-log lists them too). */
export const STAGE_AUDIT_TYPES = [
  'stage.created',
  'stage.drawn',
  'stage.order-set',
  'stage.absent-marked',
  'stage.team-called',
  'stage.timer',
  'stage.timing-set',
  'stage.scoring-opened',
  'stage.revealed',
  'stage.names-shown',
  'stage.screen-linked',
] as const;
export type StageAuditType = (typeof STAGE_AUDIT_TYPES)[number];

export interface StageChange {
  stage: Stage;
  /** False when the action changes nothing (nothing is written, nothing audited). */
  changed: boolean;
  audit: StageAuditEvent | null;
}

/** Actions that change only the stage document (reveal and screenLink need the callable's reads too). */
export type StageOnlyAction = Exclude<StageAction, { type: 'reveal' } | { type: 'screenLink' } | { type: 'init' }>;

const unchanged = (stage: Stage): Refusable<StageChange> => ({
  ok: true,
  value: { stage, changed: false, audit: null },
});

/** The next revision of the stage, at `now`. */
function next(stage: Stage, patch: Partial<Stage>, now: number): Stage {
  return { ...stage, ...patch, revision: stage.revision + 1, updatedAt: now };
}

function changed(
  stage: Stage,
  patch: Partial<Stage>,
  ctx: StageContext,
  audit: StageAuditEvent,
): Refusable<StageChange> {
  return { ok: true, value: { stage: next(stage, patch, ctx.now), changed: true, audit } };
}

const codeOf = (ctx: StageContext, id: string) => ctx.teams.get(id)?.code ?? id;
const codesOf = (ctx: StageContext, ids: readonly string[]) => ids.map((id) => codeOf(ctx, id));

/** True once any team has been called on stage: the draw is then final. */
export const hasStarted = (stage: Stage): boolean => stage.current !== null || stage.revealed.length > 0;

/** Entries whose place in the order can no longer change: revealed ones and the team on stage. */
export function lockedEntries(stage: Stage): Set<string> {
  const locked = new Set(stage.revealed);
  if (stage.current) locked.add(stage.current.entryId);
  return locked;
}

/**
 * The team `next` calls: the first entry after the current one in the order
 * that is neither absent nor revealed, else the first such entry before it
 * (a team skipped earlier, e.g. marked present again), else none: the
 * running order is done.
 */
export function nextEntry(stage: Stage): string | null {
  const done = new Set([...stage.revealed, ...stage.absent]);
  const from = stage.current ? stage.order.indexOf(stage.current.entryId) : -1;
  const after = stage.order.slice(from + 1).find((id) => !done.has(id));
  if (after !== undefined) return after;
  return stage.order.slice(0, Math.max(0, from)).find((id) => !done.has(id)) ?? null;
}

function callTeam(stage: Stage, entryId: string | null, ctx: StageContext, how: 'next' | 'goTo') {
  if (entryId === null) {
    return changed(stage, { phase: 'idle', current: null, timer: null }, ctx, {
      type: 'stage.team-called',
      data: { roundId: stage.roundId, how, entryId: null, code: null },
    });
  }
  const team = ctx.teams.get(entryId) ?? { entryId, code: entryId, title: '' };
  return changed(stage, { phase: 'on-stage', current: { ...team }, timer: freshTimer('pitch', stage.timing) }, ctx, {
    type: 'stage.team-called',
    data: { roundId: stage.roundId, how, entryId, code: team.code },
  });
}

/**
 * One action of the stage control on the stage: the next stage with its
 * audit event, or why not. Pure; the callable runs it inside its transaction
 * on the stage it read, so two organizers' laptops never interleave.
 */
export function applyStageAction(stage: Stage, action: StageOnlyAction, ctx: StageContext): Refusable<StageChange> {
  const data = { roundId: stage.roundId };
  switch (action.type) {
    case 'draw': {
      if (hasStarted(stage)) return refuse({ reason: 'already-started' });
      const from = byCode(stage.order.map((id) => ctx.teams.get(id) ?? { entryId: id, code: id, title: '' })).map(
        (t) => t.entryId,
      );
      // The callable draws a random seed when the organizer gives none.
      if (action.seed === undefined) throw new Error('A draw needs its seed.');
      const seed = action.seed;
      const order = drawOrder(from, seed);
      return changed(stage, { order, draw: { seed, from, order, at: ctx.now, by: ctx.uid } }, ctx, {
        type: 'stage.drawn',
        data: { ...data, seed, fromCodes: codesOf(ctx, from), entryCodes: codesOf(ctx, order) },
      });
    }
    case 'setOrder': {
      const order = action.order;
      const isPermutation =
        order.length === stage.order.length &&
        new Set(order).size === order.length &&
        order.every((id) => stage.order.includes(id));
      if (!isPermutation) return refuse({ reason: 'not-a-permutation' });
      const locked = lockedEntries(stage);
      if (stage.order.some((id, i) => locked.has(id) && order[i] !== id)) return refuse({ reason: 'order-locked' });
      if (order.every((id, i) => stage.order[i] === id)) return unchanged(stage);
      // The last draw stays recorded (it is in the audit log anyway); the
      // order now differs from it, which the stage control shows.
      return changed(stage, { order: [...order] }, ctx, {
        type: 'stage.order-set',
        data: { ...data, entryCodes: codesOf(ctx, order), orderChangedByHand: true },
      });
    }
    case 'absent': {
      const { entryId, absent } = action;
      if (!stage.order.includes(entryId)) return refuse({ reason: 'not-in-order' });
      if (stage.revealed.includes(entryId)) return refuse({ reason: 'already-revealed' });
      if (stage.current?.entryId === entryId) return refuse({ reason: 'on-stage' });
      if (stage.absent.includes(entryId) === absent) return unchanged(stage);
      const list = absent ? [...stage.absent, entryId] : stage.absent.filter((id) => id !== entryId);
      return changed(stage, { absent: list }, ctx, {
        type: 'stage.absent-marked',
        data: { ...data, entryId, code: codeOf(ctx, entryId), absent },
      });
    }
    case 'next':
    case 'goTo': {
      if (stage.phase === 'scoring') return refuse({ reason: 'scoring-open' });
      if (action.type === 'next') return callTeam(stage, nextEntry(stage), ctx, 'next');
      const { entryId } = action;
      if (!stage.order.includes(entryId)) return refuse({ reason: 'not-in-order' });
      if (stage.revealed.includes(entryId)) return refuse({ reason: 'already-revealed' });
      if (stage.absent.includes(entryId)) return refuse({ reason: 'is-absent' });
      return callTeam(stage, entryId, ctx, 'goTo');
    }
    case 'timer': {
      if (!stage.current) return refuse({ reason: 'no-team' });
      const { segment, command } = action;
      const same = stage.timer?.segment === segment ? stage.timer : null;
      const base = same ?? freshTimer(segment, stage.timing);
      const timer =
        command === 'start'
          ? startTimer(base, ctx.now)
          : command === 'pause'
            ? pauseTimer(base, ctx.now)
            : resetTimer(base);
      // Pausing a timer that is not running, starting a running one: nothing to do.
      if (same && timer === same) return unchanged(stage);
      if (!same && command === 'pause') return unchanged(stage);
      if (same && command === 'reset' && same.elapsedMs === 0 && same.startedAt === null) return unchanged(stage);
      return changed(stage, { timer }, ctx, {
        type: 'stage.timer',
        data: { ...data, entryId: stage.current.entryId, code: stage.current.code, segment, command },
      });
    }
    case 'setTiming': {
      const timing = { pitchSeconds: action.pitchSeconds, qaSeconds: action.qaSeconds };
      if (timing.pitchSeconds === stage.timing.pitchSeconds && timing.qaSeconds === stage.timing.qaSeconds) {
        return unchanged(stage);
      }
      // A timer not yet started takes the new duration; one that ran keeps its own.
      const t = stage.timer;
      const timer =
        t && t.elapsedMs === 0 && t.startedAt === null ? { ...t, durationMs: segmentMs(timing, t.segment) } : t;
      return changed(stage, { timing, timer }, ctx, { type: 'stage.timing-set', data: { ...data, ...timing } });
    }
    case 'openScoring': {
      if (!stage.current) return refuse({ reason: 'no-team' });
      if (stage.phase !== 'on-stage') return refuse({ reason: 'wrong-phase', phase: stage.phase });
      if (!ctx.roundOpen) return refuse({ reason: 'round-not-open' });
      return changed(stage, { phase: 'scoring' }, ctx, {
        type: 'stage.scoring-opened',
        data: { ...data, entryId: stage.current.entryId, code: stage.current.code },
      });
    }
    case 'showJudgeNames': {
      if (stage.showJudgeNames === action.value) return unchanged(stage);
      return changed(stage, { showJudgeNames: action.value }, ctx, {
        type: 'stage.names-shown',
        data: { ...data, value: action.value },
      });
    }
  }
}

/**
 * Whether the team on stage may be revealed now (before the callable reads
 * its sheets): scoring is open for it. A team already revealed is not a
 * refusal: the callable answers with the stored reveal.
 */
export function canReveal(stage: Stage): Refusable<{ entryId: string; again: boolean }> {
  if (!stage.current) return refuse({ reason: 'no-team' });
  if (stage.phase === 'revealed') return { ok: true, value: { entryId: stage.current.entryId, again: true } };
  if (stage.phase !== 'scoring') return refuse({ reason: 'wrong-phase', phase: stage.phase });
  return { ok: true, value: { entryId: stage.current.entryId, again: false } };
}

/**
 * Whether the sheets in hand are enough to reveal: every assigned judge
 * submitted (`missing` is how many assigned judges have not), or the
 * organizer chose not to wait and the round's minimum is met.
 */
export function revealCheck(
  counts: { submitted: number; missing: number; minSheets: number },
  allowMissing: boolean,
): Refusable<{ missing: number }> {
  const { submitted, missing } = counts;
  const minimum = Math.max(1, counts.minSheets);
  if (missing > 0 && !allowMissing) return refuse({ reason: 'waiting', missing });
  if (submitted < minimum) return refuse({ reason: 'below-minimum', submitted, minimum });
  return { ok: true, value: { missing } };
}

/** The stage once the team on stage is revealed: scoring closed, its timer stopped. */
export function revealedStage(stage: Stage, ctx: Pick<StageContext, 'now'>): Stage {
  const entryId = stage.current!.entryId;
  return next(
    stage,
    {
      phase: 'revealed',
      revealed: [...stage.revealed, entryId],
      timer: stage.timer ? pauseTimer(stage.timer, ctx.now) : null,
    },
    ctx.now,
  );
}

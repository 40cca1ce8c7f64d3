import type { RoundKind } from '@/domain/model';
import type { AssignStrategy, TrackPool } from '../api/assign-round';
import type { StoredPlan } from '../api/assignment-setup';

export const K_MIN = 1;
export const K_MAX = 20;
export const K_DEFAULT = 5;

/** What the organizer has chosen on the page, before it becomes a request. */
export interface PlanForm {
  strategy: AssignStrategy;
  /** One selection of judges for every track (the common case) instead of a panel per track. */
  sameJudges: boolean;
  /** Track id → k as typed (validated on preview) and the chosen judges. */
  tracks: Record<string, { k: string; judgeUids: string[] }>;
}

/** The strategies a round offers: everyone-scores-everyone only makes sense for a roadshow. */
export const strategiesFor = (kind: RoundKind): AssignStrategy[] =>
  kind === 'roadshow' ? ['engine', 'every-judge'] : ['engine'];

/** A judge as the form starts from it: the tracks whose pool the judge is in (empty: every track). */
export interface PoolJudge {
  uid: string;
  trackIds: readonly string[];
}

/** The round facts the form starts from: its kind and the panel size its settings propose. */
export interface PlanRound {
  kind: RoundKind;
  /** null: every judge scores every entry (a roadshow). */
  judgesPerEntry: number | null;
}

/**
 * The form's starting values: the plan stored for the round if any (judges
 * who are no longer judges dropped), else the round's settings: k = its
 * judges per entry (5 if unset), "every judge" for a roadshow without a panel
 * size, and on each track the judges of that track's pool (a judge with no
 * track chosen on the people page is in every pool).
 */
export function initialPlanForm(
  trackIds: readonly string[],
  judges: readonly PoolJudge[],
  round: PlanRound,
  plan: StoredPlan | null,
): PlanForm {
  const known = new Set(judges.map((j) => j.uid));
  const k = String(round.judgesPerEntry ?? K_DEFAULT);
  const poolOf = (trackId: string) =>
    judges.filter((j) => j.trackIds.length === 0 || j.trackIds.includes(trackId)).map((j) => j.uid);
  const tracks: PlanForm['tracks'] = {};
  for (const trackId of trackIds) {
    const pool = plan?.pools.find((p) => p.trackId === trackId);
    tracks[trackId] = pool
      ? {
          k: String(pool.k),
          judgeUids: judges.map((j) => j.uid).filter((uid) => pool.judgeUids.includes(uid) && known.has(uid)),
        }
      : { k, judgeUids: poolOf(trackId) };
  }
  const allowed = strategiesFor(round.kind);
  const fromSettings = round.kind === 'roadshow' && round.judgesPerEntry === null ? 'every-judge' : 'engine';
  const strategy = plan && allowed.includes(plan.strategy) ? plan.strategy : fromSettings;
  return { strategy, sameJudges: allSame(trackIds.map((id) => tracks[id]!.judgeUids)), tracks };
}

function allSame(selections: string[][]): boolean {
  const [first, ...rest] = selections.map((s) => [...s].sort().join('\n'));
  return rest.every((s) => s === first);
}

/** k as typed, if it is a whole number in 1..20; else null. */
export function parseK(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return null;
  const k = Number(text);
  return k >= K_MIN && k <= K_MAX ? k : null;
}

/** The tracks whose k cannot be sent (only the engine uses k). */
export function invalidKTracks(form: PlanForm, trackIds: readonly string[]): string[] {
  if (form.strategy !== 'engine') return [];
  return trackIds.filter((id) => parseK(form.tracks[id]?.k ?? '') === null);
}

/** The pools of the request, one per track; null while a k is invalid. */
export function toPools(form: PlanForm, trackIds: readonly string[]): TrackPool[] | null {
  if (invalidKTracks(form, trackIds).length > 0) return null;
  return trackIds.map((trackId) => {
    const track = form.tracks[trackId] ?? { k: '', judgeUids: [] };
    return { trackId, k: parseK(track.k) ?? K_DEFAULT, judgeUids: [...track.judgeUids] };
  });
}

/** Chooses judges for one track, or for every track when they share one selection. */
export function withJudges(
  form: PlanForm,
  trackIds: readonly string[],
  trackId: string,
  judgeUids: string[],
): PlanForm {
  const targets = form.sameJudges ? trackIds : [trackId];
  const tracks = { ...form.tracks };
  for (const id of targets) tracks[id] = { k: tracks[id]?.k ?? String(K_DEFAULT), judgeUids };
  return { ...form, tracks };
}

/** Turning "same judges" on gives every track the first track's selection. */
export function withSameJudges(form: PlanForm, trackIds: readonly string[], sameJudges: boolean): PlanForm {
  if (!sameJudges || trackIds.length === 0) return { ...form, sameJudges };
  const shared = form.tracks[trackIds[0]!]?.judgeUids ?? [];
  return withJudges({ ...form, sameJudges: true }, trackIds, trackIds[0]!, [...shared]);
}

export function withK(form: PlanForm, trackId: string, k: string): PlanForm {
  const track = form.tracks[trackId] ?? { k: '', judgeUids: [] };
  return { ...form, tracks: { ...form.tracks, [trackId]: { ...track, k } } };
}

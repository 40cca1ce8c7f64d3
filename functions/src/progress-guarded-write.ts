import { type DocumentReference, Timestamp } from 'firebase-admin/firestore';

/** gRPC codes the Admin SDK reports a lost race with. */
const ABORTED = 10;
const ALREADY_EXISTS = 6;
const FAILED_PRECONDITION = 9;
const LOST_RACE = new Set([ABORTED, ALREADY_EXISTS, FAILED_PRECONDITION]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A time in microseconds: Firestore stores timestamps to the microsecond, so
 * a read time compared with a stored one is compared at that precision.
 */
export const micros = (t: Timestamp): number => t.seconds * 1e6 + Math.floor(t.nanoseconds / 1000);

/**
 * The newest `asOf` this instance has seen stored at each progress document.
 * A stored `asOf` only ever grows (writeIfNewer), so a change committed
 * before a remembered one is already counted there, and its event needs no
 * read at all: in a burst of writes (the demo seed, a round's assignment)
 * most events end here. A document deleted since (an emulator cleared by a
 * test) is no trouble: every write after that is committed later than
 * anything remembered from before.
 */
const seenAsOf = new Map<string, number>();
const SEEN_LIMIT = 20_000;

export function rememberAsOf(path: string, asOf: Timestamp): void {
  const t = micros(asOf);
  if ((seenAsOf.get(path) ?? -1) >= t) return;
  if (seenAsOf.size >= SEEN_LIMIT) seenAsOf.clear();
  seenAsOf.set(path, t);
}

/** Whether this instance already saw counts at `path` read after `committedAt`. */
export const knownFresh = (path: string, committedAt: Timestamp): boolean =>
  (seenAsOf.get(path) ?? -1) > micros(committedAt);

/** The stored `asOf`, or null when there is none. */
export function storedAsOf(data: Record<string, unknown> | undefined): Timestamp | null {
  const v = data?.asOf;
  return v instanceof Timestamp ? v : null;
}

/**
 * Writes `data` (counts read at `asOf`) unless the stored document holds
 * counts read at `asOf` or later: a recompute that read earlier never
 * overwrites one that read later. Optimistic, without a transaction's locks
 * (fifty triggers recomputing one round at once would queue on them): the
 * write carries the read's update time as a precondition (or must create
 * the document), and a lost race reads again. Returns whether it wrote.
 */
export async function writeIfNewer(
  ref: DocumentReference,
  asOf: Timestamp,
  data: Record<string, unknown>,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const snap = await ref.get();
    const stored = storedAsOf(snap.data());
    if (stored) rememberAsOf(ref.path, stored);
    if (stored && micros(stored) >= micros(asOf)) return false;
    try {
      const doc = { ...data, asOf };
      if (snap.exists) await ref.update(doc, { lastUpdateTime: snap.updateTime! });
      else await ref.create(doc);
      rememberAsOf(ref.path, asOf);
      return true;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code !== 'number' || !LOST_RACE.has(code) || attempt >= 40) throw err;
      // Another recompute wrote first: back off a little, with jitter, and look again.
      await sleep(Math.min(1000, 10 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
    }
  }
}

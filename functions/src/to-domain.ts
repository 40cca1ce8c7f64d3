// Converts Admin SDK documents to the shared domain types (millis, not
// Timestamps), the functions' counterpart of src/lib/firebase/converters.ts.
import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import type { Competition, Entry, Member, ScoreSheet } from '../../src/domain/model';

type Data = Record<string, unknown>;

/** Every Timestamp in a plain object tree becomes epoch millis. */
function millis(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toMillis();
  if (Array.isArray(value)) return value.map(millis);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Data).map(([k, v]) => [k, millis(v)]));
  }
  return value;
}

function withId<T>(snap: DocumentSnapshot): T {
  return { ...(millis(snap.data()) as Data), id: snap.id } as T;
}

export const toCompetition = (snap: DocumentSnapshot) => withId<Competition>(snap);
export const toEntry = (snap: DocumentSnapshot) => withId<Entry>(snap);
export const toSheet = (snap: DocumentSnapshot) => withId<ScoreSheet>(snap);
export const toMember = (snap: DocumentSnapshot) => millis(snap.data()) as Member;

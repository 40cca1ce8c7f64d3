// Objections (异议) as read by the organizers' list and by the objecting team:
// one reader for both (features may not import each other). Written only by
// the raiseObjection / answerObjection functions; lenient like every reader.
import type { FirestoreDataConverter, QueryDocumentSnapshot } from 'firebase/firestore/lite';
import type { Objection, ObjectionStatus } from '@/domain/model/results-docs';
import { toMillis } from './converters';

const STATUSES: readonly ObjectionStatus[] = ['open', 'upheld', 'dismissed'];
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function readObjection(d: Record<string, unknown>, id: string): Objection {
  return {
    id,
    versionId: str(d.versionId),
    version: typeof d.version === 'number' ? d.version : 0,
    teamUid: str(d.teamUid),
    entryIds: strings(d.entryIds),
    entryCodes: strings(d.entryCodes),
    reason: str(d.reason),
    raisedAt: toMillis(d.raisedAt) ?? 0,
    status: STATUSES.includes(d.status as ObjectionStatus) ? (d.status as ObjectionStatus) : 'open',
    answer: str(d.answer),
    answeredAt: toMillis(d.answeredAt),
    answeredBy: typeof d.answeredBy === 'string' ? d.answeredBy : null,
  };
}

/** Read-only: clients never write objections (the functions do). */
export const objectionConverter: FirestoreDataConverter<Objection> = {
  toFirestore: () => {
    throw new Error('objections are written by functions only');
  },
  fromFirestore: (snap: QueryDocumentSnapshot) => readObjection(snap.data(), snap.id),
};

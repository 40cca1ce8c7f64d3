import { Timestamp, type DocumentData } from 'firebase-admin/firestore';
import type { PublishedVersion } from '../../src/domain/publication';

// publishedResults/v{n} keeps its times as Firestore Timestamps, as every
// document does (docs/data-model.md); the public JSON has epoch millis.
const TIMES = ['publishedAt', 'noticeUntil', 'computedAt'] as const;

/** The stored document of a version: its fields with Timestamps, plus what only members read. */
export function versionToDoc(version: PublishedVersion, extra: Record<string, unknown>): DocumentData {
  const doc: DocumentData = { ...version, ...extra };
  for (const key of TIMES) {
    const ms = version[key];
    doc[key] = ms === null ? null : Timestamp.fromMillis(ms);
  }
  return doc;
}

function millis(value: unknown): number | null {
  if (value instanceof Timestamp) return value.toMillis();
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A stored version as the domain type (epoch millis); the extra fields are left on it. */
export function versionFromDoc(data: DocumentData): PublishedVersion {
  return {
    ...(data as PublishedVersion),
    publishedAt: millis(data.publishedAt) ?? 0,
    noticeUntil: millis(data.noticeUntil),
    computedAt: millis(data.computedAt) ?? 0,
  };
}

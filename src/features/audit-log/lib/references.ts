import type { AuditEvent } from '@/domain/model';

/** A sheet's id, `{roundId}__{judgeUid}__{entryId}`, in parts (null when it is not one). */
export function sheetParts(id: string): { roundId: string; judgeUid: string; entryId: string } | null {
  const parts = id.split('__');
  if (parts.length !== 3 || parts.some((p) => p === '')) return null;
  const [roundId, judgeUid, entryId] = parts as [string, string, string];
  return { roundId, judgeUid, entryId };
}

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The people and entries a list of events names (actors, subjects, data fields), each once. */
export function referencedIds(events: readonly AuditEvent[]): { uids: string[]; entryIds: string[] } {
  const uids = new Set<string>();
  const entryIds = new Set<string>();
  for (const e of events) {
    if (e.actorUid) uids.add(e.actorUid);
    const { kind, id } = e.subject;
    if (kind === 'member') uids.add(id);
    if (kind === 'entry') entryIds.add(id);
    if (kind === 'sheet') {
      const parts = sheetParts(id);
      if (parts) {
        uids.add(parts.judgeUid);
        entryIds.add(parts.entryId);
      }
    }
    for (const u of [...strings(e.data.judgeUid), ...strings(e.data.replacement)]) uids.add(u);
    for (const x of [...strings(e.data.entryId), ...strings(e.data.entryIds)]) entryIds.add(x);
  }
  return { uids: [...uids], entryIds: [...entryIds] };
}

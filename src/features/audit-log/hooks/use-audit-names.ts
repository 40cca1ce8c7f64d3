import { useEffect, useRef, useState } from 'react';
import type { AuditEvent } from '@/domain/model';
import { loadEntryCodes, loadPeople, type AuditPerson } from '../api/audit-people';
import { referencedIds } from '../lib/references';

/** At most this many documents are read per page of events to name them; the rest show their ids. */
const MAX_LOOKUPS = 120;

/**
 * Names for the people and entries the shown events refer to: the staff
 * (given), others read as they appear, each id at most once. Lookups that
 * fail leave the id as it is.
 */
export function useAuditNames(cid: string, staff: readonly AuditPerson[], events: readonly AuditEvent[]) {
  const [people, setPeople] = useState<ReadonlyMap<string, string>>(new Map());
  const [codes, setCodes] = useState<ReadonlyMap<string, string>>(new Map());
  // Ids already asked for (a ref: asking is not something to render).
  const asked = useRef(new Set<string>());

  useEffect(() => {
    const refs = referencedIds(events);
    const known = new Set(staff.map((p) => p.uid));
    const uids = refs.uids.filter((u) => !known.has(u) && !asked.current.has(`u:${u}`)).slice(0, MAX_LOOKUPS);
    const entryIds = refs.entryIds.filter((e) => !asked.current.has(`e:${e}`)).slice(0, MAX_LOOKUPS);
    if (uids.length === 0 && entryIds.length === 0) return;
    for (const u of uids) asked.current.add(`u:${u}`);
    for (const e of entryIds) asked.current.add(`e:${e}`);
    void Promise.all([
      loadPeople(cid, uids).catch(() => []),
      loadEntryCodes(cid, entryIds).catch(() => new Map()),
    ]).then(([found, foundCodes]) => {
      setPeople((prev) => new Map([...prev, ...found.map((p) => [p.uid, p.name] as const)]));
      setCodes((prev) => new Map([...prev, ...foundCodes]));
    });
    // No cancelling: the names stay right for this competition whenever they arrive.
  }, [cid, staff, events]);

  const staffNames = new Map(staff.map((p) => [p.uid, p.name]));
  return {
    personName: (uid: string) => staffNames.get(uid) ?? people.get(uid) ?? null,
    entryCode: (entryId: string) => codes.get(entryId) ?? null,
  };
}

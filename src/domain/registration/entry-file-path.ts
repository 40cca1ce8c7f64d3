// Files attached to an entry by the competition's `file` questions live under
// the entry, beside its deck: competitions/{cid}/entries/{eid}/files/{name}.
// An answer stores the path; the form, the submission function and the
// Storage trigger read it with these helpers.

const ENTRY_FILE_PATH = /^competitions\/([^/]+)\/entries\/([^/]+)\/files\/([A-Za-z0-9._-]{1,100})$/;
const FILE_NAME = /^[A-Za-z0-9._-]{1,100}$/;
/** Names made only of dots mean something to file systems and tools; never a file here. */
const DOTS_ONLY = /^\.+$/;

export interface EntryFileRef {
  competitionId: string;
  entryId: string;
  name: string;
}

export const isEntryFileName = (name: string): boolean => FILE_NAME.test(name) && !DOTS_ONLY.test(name);

/** The storage path of an entry's file; throws on a name that is not allowed. */
export function entryFilePath(competitionId: string, entryId: string, name: string): string {
  if (!isEntryFileName(name)) throw new RangeError(`not an allowed file name: ${JSON.stringify(name)}`);
  return `competitions/${competitionId}/entries/${entryId}/files/${name}`;
}

/** The parts of an entry file's path, or null when it is not one. */
export function parseEntryFilePath(path: string): EntryFileRef | null {
  const m = ENTRY_FILE_PATH.exec(path);
  if (!m || DOTS_ONLY.test(m[3]!)) return null;
  return { competitionId: m[1]!, entryId: m[2]!, name: m[3]! };
}

/** Whether `path` names an entry file; of this competition and entry when a scope is given. */
export function isEntryFilePath(path: string, scope?: { competitionId: string; entryId: string }): boolean {
  const ref = parseEntryFilePath(path);
  if (!ref) return false;
  return !scope || (ref.competitionId === scope.competitionId && ref.entryId === scope.entryId);
}

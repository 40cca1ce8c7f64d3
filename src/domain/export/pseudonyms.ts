import { compareIds, type JudgingExportV1 } from '../results';

/**
 * Judges appear in every stored and published export as letters (A, B, … Z,
 * AA, AB, …), never by uid or name. The letters live in
 * `private/judgePseudonyms` (`{ byUid: { uid: 'A' } }`), so a judge keeps
 * the same letter in every export and every published version of the
 * competition; only organizers can map a letter back to a person.
 */
export type PseudonymMap = Readonly<Record<string, string>>;

/** 0 → A, 25 → Z, 26 → AA, 27 → AB, … (bijective base 26, like spreadsheet columns). */
export function pseudonymLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`not a pseudonym index: ${index}`);
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The inverse of pseudonymLetter; -1 for anything that is not A…Z letters. */
export function pseudonymIndex(letter: string): number {
  if (!/^[A-Z]+$/.test(letter)) return -1;
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The map with a letter for every uid in `uids`: judges already named keep
 * their letter; new ones get the letters after the highest one in use, in
 * sorted-uid order (code units), so two computations that add the same
 * judges to the same map add the same letters. `added` lists only the new
 * pairs (nothing to write when it is empty).
 */
export function assignPseudonyms(
  existing: PseudonymMap,
  uids: Iterable<string>,
): { byUid: Record<string, string>; added: Record<string, string> } {
  // A Map, then Object.fromEntries: a uid such as "__proto__" stays a plain key.
  const byUid = new Map(Object.entries(existing));
  let next = Math.max(-1, ...[...byUid.values()].map(pseudonymIndex)) + 1;
  const added = new Map<string, string>();
  const fresh = [...new Set(uids)].filter((uid) => !byUid.has(uid)).sort(compareIds);
  for (const uid of fresh) {
    const letter = pseudonymLetter(next++);
    byUid.set(uid, letter);
    added.set(uid, letter);
  }
  return { byUid: Object.fromEntries(byUid), added: Object.fromEntries(added) };
}

/**
 * The export with every sheet's judgeId replaced by the judge's letter, the
 * sheets sorted again (entryId, then judgeId), so that the file, and its
 * SHA-256, depend only on the data. A judge without a letter is a caller's
 * bug: it throws rather than publish a uid.
 */
export function pseudonymizeExport(exported: JudgingExportV1, byUid: PseudonymMap): JudgingExportV1 {
  const sheets = exported.sheets.map((s) => {
    const letter = Object.hasOwn(byUid, s.judgeId) ? byUid[s.judgeId] : undefined;
    if (letter === undefined) throw new Error(`no pseudonym for a judge of entry ${s.entryId}`);
    return { ...s, judgeId: letter };
  });
  sheets.sort((a, b) => compareIds(a.entryId, b.entryId) || compareIds(a.judgeId, b.judgeId));
  return { ...exported, sheets };
}

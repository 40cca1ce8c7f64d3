// Entry numbers ("E-017", "T-005"): shown to judges and on the team's receipt,
// so they are short, stable and unique in a competition.
//
// Each track carries a `codePrefix`, one capital letter (e.g. 企业组 "E",
// 团队组 "T"), distinct across the competition's tracks. The registration
// function numbers each track's entries 1, 2, 3, … from a counter kept in a
// transaction, and never reuses a number (a withdrawn entry keeps its code),
// so prefix + number is unique in the competition and never changes.

export const CODE_PREFIX_PATTERN = /^[A-Z]$/;
const ENTRY_CODE = /^([A-Z])-(\d{3,})$/;

export const isCodePrefix = (prefix: string): boolean => CODE_PREFIX_PATTERN.test(prefix);

/** "E-017": the prefix, a dash and the number, zero-padded to at least 3 digits. */
export function entryCode(prefix: string, n: number): string {
  if (!isCodePrefix(prefix))
    throw new RangeError(`entry code prefix must be one capital letter: ${JSON.stringify(prefix)}`);
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`entry number must be a positive integer: ${n}`);
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/** The prefix and number of an entry code, or null when it is not one entryCode makes. */
export function parseEntryCode(code: string): { prefix: string; n: number } | null {
  const m = ENTRY_CODE.exec(code);
  if (!m) return null;
  const n = Number(m[2]);
  return Number.isSafeInteger(n) && n >= 1 && entryCode(m[1]!, n) === code ? { prefix: m[1]!, n } : null;
}

/** Orders codes by prefix, then by number ("E-999" before "E-1000"); other strings last, by text. */
export function compareEntryCodes(a: string, b: string): number {
  const pa = parseEntryCode(a);
  const pb = parseEntryCode(b);
  if (pa && pb) return pa.prefix < pb.prefix ? -1 : pa.prefix > pb.prefix ? 1 : pa.n - pb.n;
  if (pa || pb) return pa ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first prefix that is not one capital letter or is used by two tracks, or null. */
export function codePrefixProblem(
  tracks: readonly { codePrefix: string }[],
): { kind: 'invalid' | 'duplicate'; prefix: string } | null {
  const seen = new Set<string>();
  for (const { codePrefix } of tracks) {
    if (!isCodePrefix(codePrefix)) return { kind: 'invalid', prefix: codePrefix };
    if (seen.has(codePrefix)) return { kind: 'duplicate', prefix: codePrefix };
    seen.add(codePrefix);
  }
  return null;
}

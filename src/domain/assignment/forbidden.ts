import type { ParsedEntry, ParsedJudge } from './types';

/**
 * Why a (judge, entry) pair is forbidden, or null when it is allowed: the
 * judge declared a conflict with the entry, or the entry's organization is
 * one of the judge's. Both sides are already trimmed by the parser, and an
 * entry without an organization shares it with nobody.
 */
export function forbiddenReason(judge: ParsedJudge, entry: ParsedEntry): string | null {
  if (judge.conflicts.has(entry.id)) return 'conflict';
  if (entry.organization !== '' && judge.organizations.has(entry.organization)) {
    return `same organization ${JSON.stringify(entry.organization)}`;
  }
  return null;
}

/** Tags compare as exact strings: a match is one entry tag the judge also has. */
export function tagMatch(judge: ParsedJudge, entry: ParsedEntry): boolean {
  return entry.tags.some((t) => judge.tags.has(t));
}

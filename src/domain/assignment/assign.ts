import { compareIds } from '../results/compare-ids';
import { tagMatch } from './forbidden';
import { parseInput } from './parse-input';
import { solve } from './solve';
import { OUTPUT_FORMAT, type AssignOutcome, type AssignedPair, type AssignmentV1, type ParsedInput } from './types';

/**
 * The engine's entry point: an input object (as parsed from JSON) in, either
 * the assignment or the refusal's problems (one line each) out. Never throws
 * on bad input.
 */
export function assign(raw: unknown): AssignOutcome {
  const parsed = parseInput(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, value: assignParsed(parsed.value) };
}

/** Same as `assign`, from the file's text: malformed JSON is one more refusal. */
export function assignJson(text: string): AssignOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`input: malformed JSON (${err instanceof Error ? err.message : String(err)})`] };
  }
  return assign(raw);
}

function assignParsed(input: ParsedInput): AssignmentV1 {
  const { entries, judges, previous } = input;
  const { pairs, loads } = solve(input);

  const chosen = new Set(pairs.map(([j, e]) => e * judges.length + j));
  const kept = previous.filter((p) => chosen.has(p.entry * judges.length + p.judge)).length;
  const tagMatches = pairs.filter(([j, e]) => tagMatch(judges[j]!, entries[e]!)).length;

  const assignments: AssignedPair[] = pairs
    .map(([j, e]) => ({ judgeId: judges[j]!.id, entryId: entries[e]!.id }))
    .sort((a, b) => compareIds(a.entryId, b.entryId) || compareIds(a.judgeId, b.judgeId));

  // A null-prototype object: a judge id such as "__proto__" is an ordinary
  // key here, not the object's prototype. Keys in id order, like assignments.
  const loadsOut = Object.create(null) as Record<string, number>;
  judges
    .map((judge, j) => ({ id: judge.id, load: loads[j]! }))
    .sort((a, b) => compareIds(a.id, b.id))
    .forEach(({ id, load }) => (loadsOut[id] = load));

  return {
    format: OUTPUT_FORMAT,
    assignments,
    loads: loadsOut,
    stats: {
      pairs: pairs.length,
      minLoad: loads.length > 0 ? Math.min(...loads) : 0,
      maxLoad: loads.length > 0 ? Math.max(...loads) : 0,
      kept,
      moved: previous.length - kept,
      dropped: input.dropped,
      tagMatches,
    },
    warnings: input.warnings,
  };
}

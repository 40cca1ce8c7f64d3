// Error details list problems one per line, but never thousands of them: a
// hostile or broken input must not turn into a megabyte-sized error.
export const MAX_PROBLEMS = 20;

/** The first MAX_PROBLEMS lines, and a last line saying how many were left out. */
export function capProblems(lines: readonly string[]): string[] {
  if (lines.length <= MAX_PROBLEMS) return [...lines];
  return [...lines.slice(0, MAX_PROBLEMS), `… and ${lines.length - MAX_PROBLEMS} more`];
}

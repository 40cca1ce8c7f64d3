/**
 * What a spreadsheet must never read as a formula: text starting with = + - @
 * (or a tab or carriage return, which some programs skip before the sign)
 * gets a leading apostrophe. A team could otherwise call itself
 * `=HYPERLINK("http://evil", "点击")` and have the organizer's Excel run it
 * (CSV injection, OWASP). Numbers are never touched, so a score stays a number.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type Cell = string | number;

export const safeCell = (cell: Cell): Cell => (typeof cell === 'string' ? neutralizeFormula(cell) : cell);

/** A score as published and printed: 2 decimals, the same rounding as the results CLI's `--csv`. */
export const scoreText = (score: number): string => score.toFixed(2);

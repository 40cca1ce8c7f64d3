/**
 * Id order used for every "by id ascending" rule: plain UTF-16 code unit
 * order, never localeCompare, so the browser, Cloud Functions and the CLI
 * agree whatever their locale.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

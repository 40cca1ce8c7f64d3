import type { ScreenStanding } from '@/domain/model/stage';

/** Which rows to show: the top ones, plus the highlighted team when it ranks below them. */
export function visibleStandings(standings: ScreenStanding[], highlightCode: string | null, maxRows: number) {
  if (standings.length <= maxRows) return { rows: standings, hidden: 0 };
  const top = standings.slice(0, maxRows - 1);
  const highlighted = standings.slice(maxRows - 1).find((s) => s.code === highlightCode);
  const rows = highlighted ? [...top, highlighted] : standings.slice(0, maxRows);
  return { rows, hidden: standings.length - rows.length };
}

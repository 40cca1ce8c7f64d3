// The benchmark export of `npm run bench` (results and confidence): 30,000
// entries × 5 sheets × 8 criteria, zscore + trimmed mean, four tracks,
// generated deterministically so every run measures the same data.
import { prng } from './prng.mjs';

export const ENTRIES = 30_000;
export const SHEETS_PER_ENTRY = 5;
export const CRITERIA = 8;
const JUDGES = 60;
export const TRACKS = ['enterprise', 'team', 'student', 'overseas'];

export function makeBenchExport() {
  const rand = prng(30_000);
  const criteria = Array.from({ length: CRITERIA }, (_, i) => ({ id: `c${i + 1}`, weight: 5 + (i % 4) * 5, max: 10 }));
  const judges = Array.from({ length: JUDGES }, (_, i) => `judge-${String(i + 1).padStart(3, '0')}`);
  const entries = [];
  const sheets = [];
  for (let i = 0; i < ENTRIES; i++) {
    const id = `entry-${String(i + 1).padStart(5, '0')}`;
    entries.push({ id, track: TRACKS[i % TRACKS.length], title: `项目 ${i + 1}`, status: 'submitted' });
    const quality = 3 + rand() * 6;
    const first = Math.floor(rand() * JUDGES);
    for (let k = 0; k < SHEETS_PER_ENTRY; k++) {
      const scores = {};
      for (const c of criteria)
        scores[c.id] = Math.min(10, Math.max(0, Math.round((quality + (rand() - 0.5) * 3) * 2) / 2));
      sheets.push({ entryId: id, judgeId: judges[(first + k * 7) % JUDGES], status: 'submitted', scores });
    }
  }
  return {
    format: 'judging-export/v1',
    competition: {
      id: 'bench',
      rubric: { criteria },
      aggregation: { method: 'trimmed-mean', trim: 1, normalization: 'zscore', minSheets: 3 },
      ranking: { scope: 'track' },
      tracks: TRACKS,
      awards: TRACKS.flatMap((track) => [
        { id: 'first', label: '一等奖', count: 5, track },
        { id: 'second', label: '二等奖', count: 10, track },
        { id: 'third', label: '三等奖', count: 20, track },
      ]),
    },
    entries,
    sheets,
  };
}

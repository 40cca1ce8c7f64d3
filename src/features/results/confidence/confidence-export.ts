import { assignPseudonyms, buildExport, pseudonymizeExport } from '@/domain/export';
import type { JudgingExportV1 } from '@/domain/results';
import type { PreviewData } from '../api/preview-data';

/**
 * The export the compute function would make of the round now: the same
 * buildExport, with each judge as their stored letter and new judges given
 * the next letters as assignPseudonyms gives them (the function stores those
 * when it computes). The confidence depends on the order of each entry's
 * sheets, which is by judgeId, so it must be computed on the letters, not
 * the uids, to show the numbers the function stores. Null when the letters
 * could not be read.
 */
export function confidenceExport(data: PreviewData, roundId: string): JudgingExportV1 | null {
  if (data.judgePseudonyms === null) return null;
  const raw = buildExport(data.competition, roundId, data.entries, data.sheets);
  const { byUid } = assignPseudonyms(data.judgePseudonyms, new Set(raw.sheets.map((s) => s.judgeId)));
  return pseudonymizeExport(raw, byUid);
}

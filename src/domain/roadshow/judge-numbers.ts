import { compareIds } from '../results';

/**
 * 评委 1 … N: the round's judges (every judge with an assignment in it)
 * numbered in uid order, so a judge keeps the same number for the whole
 * round, on every reveal and every device, whoever has submitted.
 */
export function judgeNumbers(roundJudgeUids: Iterable<string>): Map<string, number> {
  const uids = [...new Set(roundJudgeUids)].sort(compareIds);
  return new Map(uids.map((uid, i) => [uid, i + 1]));
}

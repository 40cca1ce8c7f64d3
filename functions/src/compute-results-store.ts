import type { ConfidenceV1, ResultsV1 } from '../../src/domain/results';
import { storage } from './admin';

/**
 * The results as `npm run results -- export.json` prints them (2-space
 * indent, a final line break), so `diff` against the CLI's output is empty.
 */
export const resultsText = (results: ResultsV1) => `${JSON.stringify(results, null, 2)}\n`;

/**
 * Firestore documents hold at most 1 MiB. The results of a 30,000-entry
 * round (one map per entry) are about 2 MB, so a document carries `results`
 * only below this size (as compact JSON; the demo's are about 9 kB) and
 * `results: null` above it; the full results are always in Storage at
 * `resultsPath`.
 */
export const MAX_INLINE_RESULTS_CHARS = 600_000;

export function inlineResults(results: ResultsV1): ResultsV1 | null {
  return JSON.stringify(results).length <= MAX_INLINE_RESULTS_CHARS ? results : null;
}

export async function saveResultsFile(path: string, results: ResultsV1, cacheControl?: string): Promise<void> {
  await storage
    .bucket()
    .file(path)
    .save(resultsText(results), {
      contentType: 'application/json',
      resumable: false,
      ...(cacheControl ? { metadata: { cacheControl } } : {}),
    });
}

/**
 * The award confidence stored beside the results: inline below the same
 * size limit (the demo's is about 5 kB; 30,000 entries' about 2 MB).
 */
export function inlineConfidence(confidence: ConfidenceV1): ConfidenceV1 | null {
  return JSON.stringify(confidence).length <= MAX_INLINE_RESULTS_CHARS ? confidence : null;
}

/** The `confidence` member as the CLI prints it with --confidence (2-space indent), alone. */
export async function saveConfidenceFile(path: string, confidence: ConfidenceV1): Promise<void> {
  await storage
    .bucket()
    .file(path)
    .save(`${JSON.stringify(confidence, null, 2)}\n`, { contentType: 'application/json', resumable: false });
}

/** A document's results: inline, or from Storage when they were too large for it. */
export function loadResults(inline: unknown, path: unknown): Promise<ResultsV1 | null> {
  return loadInlineOrStored<ResultsV1>(inline, path);
}

/** A document's confidence: inline, from Storage, or null (computed before confidence was stored). */
export function loadConfidence(inline: unknown, path: unknown): Promise<ConfidenceV1 | null> {
  return loadInlineOrStored<ConfidenceV1>(inline, path);
}

async function loadInlineOrStored<T>(inline: unknown, path: unknown): Promise<T | null> {
  if (inline && typeof inline === 'object') return inline as T;
  if (typeof path !== 'string') return null;
  const file = storage.bucket().file(path);
  if (!(await file.exists())[0]) return null;
  return JSON.parse((await file.download())[0].toString('utf8')) as T;
}

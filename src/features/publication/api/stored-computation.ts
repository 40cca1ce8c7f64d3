import { doc, getDoc } from 'firebase/firestore/lite';
import type { ResultsV1 } from '@/domain/results';
import { db } from '@/lib/firebase/firestore';
import { toMillis } from '@/lib/firebase/converters';

/** `results/{roundId}`: the latest computation of a round, which publishing freezes. */
export interface StoredComputation {
  roundId: string;
  computedAt: number;
  computedBy: string;
  results: ResultsV1;
  exportSha256: string;
  /** Storage path of the exact export bytes (`competitions/{cid}/exports/{sha}.json`). */
  exportPath: string;
  /** Assigned sheets of the round not yet submitted when it was computed. */
  pendingSheets: number;
  /** Sheets counted. */
  sheets: number;
  /**
   * The award confidence stored with it (B panels, seed S), which publishing
   * may show: its samples and seed when inline, `{ samples: null, seed: null }`
   * when only in Storage (a very large round's), null when the computation
   * predates it (compute again to publish it).
   */
  confidence: { samples: number; seed: number } | { samples: null; seed: null } | null;
}

/** The results document names results that are neither inline nor in Storage. */
export class ResultsMissing extends Error {
  readonly code = 'not-found';
  constructor(roundId: string) {
    super(`The stored results of round ${roundId} are missing.`);
    this.name = 'ResultsMissing';
  }
}

/**
 * A large round's results are not in the document (over 600,000 characters,
 * see functions/src/compute-results-store.ts) but in Storage beside the
 * export, exactly as the CLI prints them. The Storage SDK loads only then.
 */
async function resultsFromStorage(path: string): Promise<ResultsV1> {
  const [{ getBytes, ref }, { storage }] = await Promise.all([
    import('firebase/storage'),
    import('@/lib/firebase/storage'),
  ]);
  return JSON.parse(new TextDecoder().decode(await getBytes(ref(storage, path)))) as ResultsV1;
}

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The stored computation of a round, or null when the round was never computed (organizers only, rules). */
export async function loadStoredComputation(cid: string, roundId: string): Promise<StoredComputation | null> {
  const snapshot = await getDoc(doc(db, 'competitions', cid, 'results', roundId));
  if (!snapshot.exists()) return null;
  const d = snapshot.data();
  const exportSha256 = typeof d.exportSha256 === 'string' ? d.exportSha256 : '';
  let results = d.results && typeof d.results === 'object' ? (d.results as ResultsV1) : null;
  if (!results && typeof d.resultsPath === 'string') results = await resultsFromStorage(d.resultsPath);
  if (!results) throw new ResultsMissing(roundId);
  return {
    roundId,
    computedAt: toMillis(d.computedAt) ?? 0,
    computedBy: typeof d.computedBy === 'string' ? d.computedBy : '',
    results,
    exportSha256,
    // Computations stored before exports were kept have no path: the download says so.
    exportPath: typeof d.exportPath === 'string' ? d.exportPath : '',
    pendingSheets: num(d.pendingSheets),
    sheets: num(d.sheets),
    confidence: storedConfidence(d.confidence, d.confidencePath),
  };
}

function storedConfidence(inline: unknown, path: unknown): StoredComputation['confidence'] {
  if (inline && typeof inline === 'object') {
    const { samples, seed } = inline as { samples?: unknown; seed?: unknown };
    if (typeof samples === 'number' && typeof seed === 'number') return { samples, seed };
  }
  // Too large for the document: read from Storage only when published (by the function).
  return typeof path === 'string' && path ? { samples: null, seed: null } : null;
}

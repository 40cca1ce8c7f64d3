import type { DocumentSnapshot } from 'firebase-admin/firestore';
import type { Competition, ScoreSheet } from '../../src/domain/model';
import { buildPublicResultsFile, buildTeamFeedback, type PublishedVersion } from '../../src/domain/publication';
import type { JudgingExportV1, ResultsV1 } from '../../src/domain/results';
import { db, storage } from './admin';
import { commitInBatches } from './batched-writes';
import { saveResultsFile } from './compute-results-store';
import { readInPages } from './compute-paged-read';
import { orRefuse, parseDoc, schemas } from './documents';
import { sheetsPath } from './paths';
import {
  feedbackPath,
  judgePseudonymsPath,
  PUBLIC_EXPORT_CACHE,
  PUBLIC_RESULTS_CACHE,
  publicResultsPath,
  publicVersionResultsPath,
  publishedResultsPath,
} from './publish-paths';
import { versionFromDoc } from './publish-version-doc';

type FeedbackSheet = Pick<ScoreSheet, 'entryId' | 'status' | 'comments' | 'comment'>;

export interface Publication {
  cid: string;
  competition: Competition;
  version: PublishedVersion;
  /** The stored export's bytes (already checked against the version's hash). */
  exportBytes: Buffer;
  exported: JudgingExportV1;
  /** The version's full results, published beside its export. */
  results: ResultsV1;
  /** Write everything again (a version just created); otherwise only what is missing. */
  force: boolean;
}

/**
 * What follows a published version, all derived from it, so that repeating
 * it is harmless and a call that failed half-way is completed by the next
 * publish of the same computation: the public copy of the export and of the
 * full results (as the CLI prints them from that export), the teams' feedback, and last the public results file (written last, so that a file
 * listing the version means the steps before it were done).
 */
export async function completePublication(p: Publication): Promise<void> {
  const bucket = storage.bucket();
  const exportFile = bucket.file(p.version.exportPath);
  if (p.force || !(await exportFile.exists())[0]) {
    await exportFile.save(p.exportBytes, {
      contentType: 'application/json',
      resumable: false,
      metadata: { cacheControl: PUBLIC_EXPORT_CACHE },
    });
  }
  const resultsFile = publicVersionResultsPath(p.cid, p.version.id);
  if (p.force || !(await bucket.file(resultsFile).exists())[0]) {
    await saveResultsFile(resultsFile, p.results, PUBLIC_EXPORT_CACHE);
  }
  if (!p.force && (await publicFileLists(p.cid, p.version.id))) return;
  if (p.competition.feedbackToTeams) await writeFeedback(p);
  await writePublicResults(p.cid, p.competition);
}

async function publicFileLists(cid: string, versionId: string): Promise<boolean> {
  const file = storage.bucket().file(publicResultsPath(cid));
  if (!(await file.exists())[0]) return false;
  try {
    const [bytes] = await file.download();
    const parsed = JSON.parse(bytes.toString('utf8')) as { versions?: { id?: unknown }[] };
    return Array.isArray(parsed.versions) && parsed.versions.some((v) => v.id === versionId);
  } catch {
    return false;
  }
}

/**
 * `public/{cid}/results.json` from every stored version. Written again while
 * a newer version appeared meanwhile: two publishes finishing in the wrong
 * order must not leave the older list in place (the one that published the
 * later version re-reads after its own write and finds nothing newer).
 */
export async function writePublicResults(cid: string, competition: Competition): Promise<void> {
  const file = storage.bucket().file(publicResultsPath(cid));
  const versions = db.collection(publishedResultsPath(cid));
  for (let attempt = 0; attempt < 5; attempt++) {
    const snaps = await versions.orderBy('version', 'desc').get();
    const all = snaps.docs.map((d) => versionFromDoc(d.data()));
    const written = all[0]?.version ?? 0;
    await file.save(JSON.stringify(buildPublicResultsFile(competition, all)), {
      contentType: 'application/json',
      resumable: false,
      metadata: { cacheControl: PUBLIC_RESULTS_CACHE },
    });
    const newest = (await versions.orderBy('version', 'desc').limit(1).get()).docs[0];
    if (((newest?.get('version') as number | undefined) ?? 0) <= written) return;
  }
}

/**
 * `feedback/{entryId}` for every competing entry of the published export:
 * the comments of the sheets that counted in it (a sheet submitted after the
 * computation is not in the published results, so its comments wait for the
 * next version). Judges are matched through their letters; the feedback
 * itself names none.
 */
async function writeFeedback(p: Publication): Promise<void> {
  const { cid, exported, version } = p;
  const letters = ((await db.doc(judgePseudonymsPath(cid)).get()).get('byUid') ?? {}) as Record<string, unknown>;
  const counted = new Set(exported.sheets.map((s) => `${s.entryId}\n${s.judgeId}`));
  const byEntry = new Map<string, FeedbackSheet[]>();
  await readInPages(
    db.collection(sheetsPath(cid)).where('roundId', '==', version.roundId).where('status', '==', 'submitted'),
    (page: DocumentSnapshot[]) => {
      for (const s of orRefuse(page.map((snap) => parseDoc(snap, schemas.sheet)))) {
        const letter = Object.hasOwn(letters, s.judgeUid) ? letters[s.judgeUid] : undefined;
        if (typeof letter !== 'string' || !counted.has(`${s.entryId}\n${letter}`)) continue;
        if (!s.comment.trim() && !Object.values(s.comments).some((c) => c.trim())) continue;
        const list = byEntry.get(s.entryId) ?? [];
        list.push({ entryId: s.entryId, status: s.status, comments: s.comments, comment: s.comment });
        byEntry.set(s.entryId, list);
      }
    },
  );
  const competing = exported.entries.filter((e) => (e.status ?? 'submitted') === 'submitted').map((e) => e.id);
  await commitInBatches(
    competing.map((entryId) => (batch) => {
      batch.set(db.doc(feedbackPath(cid, entryId)), buildTeamFeedback(byEntry.get(entryId) ?? [], entryId, version.id));
    }),
    () => {},
  );
}

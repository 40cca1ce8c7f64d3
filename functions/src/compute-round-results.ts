import { createHash } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { buildExport, COUNTED_ENTRY_STATUSES, pseudonymizeExport } from '../../src/domain/export';
import type { Entry, ScoreSheet } from '../../src/domain/model';
import { computeConfidence, computeResults, CONFIDENCE_DEFAULTS } from '../../src/domain/results';
import { db, storage } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { countPendingSheets } from './compute-pending';
import { inlineConfidence, inlineResults, saveConfidenceFile, saveResultsFile } from './compute-results-store';
import { readInPages } from './compute-paged-read';
import { orRefuse, parseDoc, readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath, entriesPath, resultsPath, sheetsPath } from './paths';
import { capProblems } from './problems';
import { judgePseudonyms } from './pseudonym-store';
import { storedConfidencePath, storedExportPath, storedResultsPath } from './publish-paths';
import { requireRole } from './require-role';

const Input = z.object({ competitionId: inputId, roundId: inputId });

/** What the export needs of an entry and a sheet: no more is kept per document while pages are read. */
type SlimEntry = Pick<Entry, 'id' | 'trackId' | 'title' | 'status'>;
type SlimSheet = Pick<ScoreSheet, 'roundId' | 'entryId' | 'judgeUid' | 'status' | 'scores'>;

/**
 * An organizer computes a round's results: the round's sheets go through the
 * one results engine (src/domain/results), and the results are stored with the
 * SHA-256 of the exact export they came from, whose bytes are stored in Cloud
 * Storage under that hash, so they can be re-checked and published.
 * Only what counts is read: entries that were submitted (withdrawn and
 * disqualified ones stay in the export, as the format asks) and the round's
 * submitted sheets, so a judge's draft can neither break nor change the
 * computation. Judges appear in the export as their stable letters
 * (private/judgePseudonyms), never by uid. Computing while sheets are still
 * pending is allowed: the answer says how many are (compute-pending.ts).
 * The award confidence (confidence-v1) is computed and stored beside the
 * results: `confidence` inline and the file at `confidencePath`. Data the engine refuses
 * is reported problem by problem, and nothing is stored.
 *
 * Sized for the 30,000-entry benchmark (150,000 sheets): documents are read
 * in pages and reduced at once to what the export needs; the CLI peaks at
 * about 226 MiB on that export, and this holds the export, its JSON text and
 * the engine's analysis at once. Results too large for a document (about
 * 2 MB there) are stored in Storage only (compute-results-store.ts).
 */
export const computeRoundResults = callable(
  async (request) => {
    const { competitionId, member: organizer } = await requireRole(request, 'organizer');
    const { roundId } = parseInput(Input, request.data);

    const competitionSnap = await db.doc(competitionPath(competitionId)).get();
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(competitionSnap, schemas.competition);
    if (!competition.rounds.some((r) => r.id === roundId)) throw new HttpsError('not-found', 'No such round.');

    const entries: SlimEntry[] = [];
    const sheets: SlimSheet[] = [];
    await Promise.all([
      readInPages(
        db.collection(entriesPath(competitionId)).where('status', 'in', [...COUNTED_ENTRY_STATUSES]),
        (page) => {
          for (const { id, trackId, title, status } of orRefuse(page.map((s) => parseDoc(s, schemas.entry)))) {
            entries.push({ id, trackId, title, status });
          }
        },
      ),
      readInPages(
        db.collection(sheetsPath(competitionId)).where('roundId', '==', roundId).where('status', '==', 'submitted'),
        (page) => {
          for (const s of orRefuse(page.map((snap) => parseDoc(snap, schemas.sheet)))) {
            sheets.push({
              roundId: s.roundId,
              entryId: s.entryId,
              judgeUid: s.judgeUid,
              status: s.status,
              scores: s.scores,
            });
          }
        },
      ),
    ]);
    const pendingSheets = await countPendingSheets(
      competitionId,
      roundId,
      new Set(sheets.map((s) => `${s.judgeUid}__${s.entryId}`)),
    );

    const raw = buildExport(competition, roundId, entries as Entry[], sheets as ScoreSheet[]);
    sheets.length = 0;
    const byUid = await judgePseudonyms(competitionId, new Set(raw.sheets.map((s) => s.judgeId)));
    const exported = pseudonymizeExport(raw, byUid);
    const outcome = computeResults(exported);
    if (!outcome.ok) {
      // Said with the judges' uids, which the organizer repairing the sheets
      // can find (the letters are only for what is published).
      const named = computeResults(raw);
      throw new HttpsError('failed-precondition', 'The round’s data cannot be computed.', {
        problems: capProblems(named.ok ? outcome.problems : named.problems),
      });
    }
    const text = JSON.stringify(exported);
    const exportSha256 = createHash('sha256').update(text).digest('hex');
    const exportPath = storedExportPath(competitionId, exportSha256);
    const resultsFile = storedResultsPath(competitionId, exportSha256);
    // The award confidence (confidence-v1, B = 2000, seed 1) is stored with
    // the results, so the organizer publishes what the preview showed them
    // and anyone re-checks it with `--confidence`.
    const confidence = computeConfidence(outcome.analysis, CONFIDENCE_DEFAULTS);
    const confidencePath = storedConfidencePath(competitionId, exportSha256);
    await Promise.all([
      storage.bucket().file(exportPath).save(text, { contentType: 'application/json', resumable: false }),
      saveResultsFile(resultsFile, outcome.results),
      saveConfidenceFile(confidencePath, confidence),
    ]);

    const counted = exported.sheets.length;
    const batch = db.batch();
    batch.set(db.doc(resultsPath(competitionId, roundId)), {
      roundId,
      computedAt: FieldValue.serverTimestamp(),
      computedBy: organizer.uid,
      results: inlineResults(outcome.results),
      resultsPath: resultsFile,
      confidence: inlineConfidence(confidence),
      confidencePath,
      exportSha256,
      exportPath,
      pendingSheets,
      sheets: counted,
    });
    appendAudit(batch, competitionId, {
      type: 'results.computed',
      actorUid: organizer.uid,
      subject: { kind: 'round', id: roundId },
      data: {
        exportSha256,
        sheets: counted,
        pendingSheets,
        confidence: { samples: confidence.samples, seed: confidence.seed },
      },
    });
    await batch.commit();
    return {
      results: outcome.results,
      exportSha256,
      exportPath,
      resultsPath: resultsFile,
      confidencePath,
      pendingSheets,
      sheets: counted,
    };
  },
  { memory: '1GiB', timeoutSeconds: 300 },
);

import { createHash } from 'node:crypto';
import type { DocumentSnapshot, Timestamp } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import {
  buildPublishedVersion,
  versionId as versionIdOf,
  winnersWithoutConfidence,
} from '../../src/domain/publication';
import type { JudgingExportV1 } from '../../src/domain/results';
import { db, storage } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath, entryPath, identityPath, resultsPath } from './paths';
import { completePublication } from './publish-files';
import { publicExportPath, publicVersionResultsPath, publishedResultsPath } from './publish-paths';
import { inlineResults, loadConfidence, loadResults } from './compute-results-store';
import { versionFromDoc, versionToDoc } from './publish-version-doc';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const DAY_MS = 24 * 60 * 60 * 1000;

const Input = z.object({
  competitionId: inputId,
  roundId: inputId,
  /** The public notice (公示) period; 0 publishes as final at once. */
  noticeDays: z.int().min(0).max(30),
  /** Why a correction replaces the version before; required from version 2 on ('' counts as none). */
  reason: z.string().trim().max(500).optional(),
  /** Publish each winner's award confidence (stored with the computation); off unless asked for. */
  showConfidence: z.boolean({ error: 'must be true or false' }).default(false),
});

/** The stored computation a version freezes (results/{roundId}); `results` and `confidence` read separately. */
interface Computation {
  inlineResults: unknown;
  resultsPath: unknown;
  inlineConfidence: unknown;
  confidencePath: unknown;
  exportSha256: string;
  exportPath: string;
  computedAt: number;
}

function computationOf(snap: DocumentSnapshot): Computation | null {
  const d = snap.data();
  const computedAt = d?.computedAt as Timestamp | undefined;
  if (!d || typeof d.exportPath !== 'string' || typeof d.exportSha256 !== 'string' || !computedAt?.toMillis) {
    return null;
  }
  return {
    inlineResults: d.results,
    resultsPath: d.resultsPath,
    inlineConfidence: d.confidence,
    confidencePath: d.confidencePath,
    exportSha256: d.exportSha256,
    exportPath: d.exportPath,
    computedAt: computedAt.toMillis(),
  };
}

const noConfidence = () =>
  new HttpsError(
    'failed-precondition',
    'This computation has no award confidence (it was computed before confidence was stored): compute the round again, then publish with it.',
    { reason: 'no-confidence' },
  );

const notComputed = () =>
  new HttpsError('failed-precondition', 'Compute this round’s results before publishing them.', {
    reason: 'not-computed',
  });

/**
 * An organizer publishes a round's stored computation as the next numbered,
 * immutable version (publishedResults/v{n}): per award tier the winners'
 * numbers, titles, teams, organizations and scores to 2 decimals, with the
 * SHA-256 of the export they were computed from. Version 1 needs no reason; a
 * correction (version 2 on) must say why. Publishing the computation the
 * latest version already froze changes nothing and returns that version
 * (created: false). A notice period (公示) of noticeDays makes the version
 * final by itself when it ends (versionState); 0 makes it final at once.
 *
 * After the version is written, the public files follow (publish-files.ts):
 * the export's bytes at public/{cid}/v{n}/export.json, every version at
 * public/{cid}/results.json and, when the competition shares feedback, each
 * competing entry's comments at feedback/{entryId}. They are derived from
 * the stored version, so calling again completes them if they went missing.
 *
 * With showConfidence the version also freezes each winner's award
 * confidence from the computation (B = 2000, seed 1), and the public file
 * carries it; without, nothing about confidence is public. The choice is
 * part of the version: the same computation published with the other choice
 * is a new version (a correction, with its reason).
 */
export const publishResults = callable(
  async (request) => {
    const { competitionId: cid, member: organizer } = await requireRole(request, 'organizer');
    const input = parseInput(Input, request.data);
    const roundId = input.roundId;
    const reason = input.reason ? input.reason : null;

    const competitionSnap = await db.doc(competitionPath(cid)).get();
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(competitionSnap, schemas.competition);
    if (!competition.rounds.some((r) => r.id === roundId)) throw new HttpsError('not-found', 'No such round.');

    const resultsRef = db.doc(resultsPath(cid, roundId));
    const computed = computationOf(await resultsRef.get());
    if (!computed) throw notComputed();
    // The bytes are read (and checked against their hash) before the
    // transaction: they are immutable under their hash, and a transaction
    // should not hold a download of many MB.
    const bytes = await readStoredExport(computed);
    const exported = JSON.parse(bytes.toString('utf8')) as JudgingExportV1;
    // Stored with the export under its hash: the same within the transaction as long as the hash is.
    const results = await loadResults(computed.inlineResults, computed.resultsPath);
    if (!results) throw notComputed();
    // Only what the organizer chose to show is read, and it must name every winner.
    const confidence = input.showConfidence
      ? await loadConfidence(computed.inlineConfidence, computed.confidencePath)
      : null;
    if (input.showConfidence && (!confidence || winnersWithoutConfidence(results, confidence).length > 0)) {
      throw noConfidence();
    }

    const versions = db.collection(publishedResultsPath(cid));
    const outcome = await runTransaction(async (tx) => {
      const now = computationOf(await tx.get(resultsRef));
      if (!now) throw notComputed();
      if (now.exportSha256 !== computed.exportSha256 || now.computedAt !== computed.computedAt) {
        throw new HttpsError(
          'aborted',
          'The round was computed again meanwhile: look at the new results, then publish.',
          {
            reason: 'computed-again',
          },
        );
      }
      const latestSnap = (await tx.get(versions.orderBy('version', 'desc').limit(1))).docs[0];
      const latest = latestSnap ? versionFromDoc(latestSnap.data()) : undefined;
      if (
        latest &&
        latest.roundId === roundId &&
        latest.exportSha256 === now.exportSha256 &&
        latest.computedAt === now.computedAt &&
        // The choice to show the award confidence is part of the version: changing it is a correction.
        (latest.confidence != null) === input.showConfidence
      ) {
        return { version: latest, created: false };
      }
      if (latest && !reason) {
        throw new HttpsError('invalid-argument', 'Say why this version corrects the one before.', {
          reason: 'reason-required',
        });
      }

      const awarded = results.groups.flatMap((g) => g.entries.filter((e) => e.award !== null).map((e) => e.entryId));
      const [entrySnaps, identitySnaps] = awarded.length
        ? await Promise.all([
            tx.getAll(...awarded.map((id) => db.doc(entryPath(cid, id))), { fieldMask: ['code', 'title'] }),
            tx.getAll(...awarded.map((id) => db.doc(identityPath(cid, id))), {
              fieldMask: ['teamName', 'organization'],
            }),
          ])
        : [[], []];
      const n = (latest?.version ?? 0) + 1;
      // Version 1 replaces nothing: a reason given with it is not kept.
      const because = latest ? reason : null;
      const id = versionIdOf(n);
      const publishedAt = Date.now();
      const version = buildPublishedVersion({
        competition,
        aggregation: exported.competition.aggregation,
        results,
        entries: entrySnaps.map((s) => ({ id: s.id, code: str(s.get('code')), title: str(s.get('title')) })),
        identities: identitySnaps.map((s) => ({
          entryId: s.id,
          teamName: str(s.get('teamName')),
          organization: str(s.get('organization')),
        })),
        version: n,
        roundId,
        publishedAt,
        reason: because,
        noticeUntil: input.noticeDays > 0 ? publishedAt + input.noticeDays * DAY_MS : null,
        computedAt: now.computedAt,
        exportSha256: now.exportSha256,
        exportPath: publicExportPath(cid, id),
        confidence,
      });
      // create(): two publishes racing for v{n} cannot both write it.
      tx.create(
        versions.doc(id),
        versionToDoc(version, {
          results: inlineResults(results),
          resultsPath: publicVersionResultsPath(cid, id),
          publishedBy: organizer.uid,
        }),
      );
      appendAudit(tx, cid, {
        type: 'results.published',
        actorUid: organizer.uid,
        subject: { kind: 'version', id },
        data: {
          version: n,
          roundId,
          exportSha256: now.exportSha256,
          noticeUntil: version.noticeUntil,
          reason: because,
          showConfidence: input.showConfidence,
        },
      });
      return { version, created: true };
    });

    await completePublication({
      cid,
      competition,
      version: outcome.version,
      exportBytes: bytes,
      exported,
      results,
      force: outcome.created,
    });
    return { versionId: outcome.version.id, version: outcome.version.version, created: outcome.created };
  },
  // The feedback of a 30,000-entry round reads its 150,000 sheets in pages
  // and the export of that size is some 20 MB: as computeRoundResults.
  { memory: '1GiB', timeoutSeconds: 300 },
);

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The stored export's bytes, which must still hash to what the computation says. */
async function readStoredExport(computed: Computation): Promise<Buffer> {
  const file = storage.bucket().file(computed.exportPath);
  const [exists] = await file.exists();
  if (!exists) throw notComputed();
  const [bytes] = await file.download();
  if (createHash('sha256').update(bytes).digest('hex') !== computed.exportSha256) {
    throw new HttpsError('data-loss', 'The stored export does not match its hash: compute the round again.', {
      reason: 'export-mismatch',
    });
  }
  return bytes;
}

import { Timestamp } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { deckPath, entryContentOf } from '../../src/domain/model';
import {
  entryFormSchemas,
  type EntryQuestion,
  isEntryFilePath,
  type MissingItem,
  missingForSubmission,
} from '../../src/domain/registration';
import { db, storage } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { entryPath } from './paths';
import { capProblems } from './problems';
import { teamEntryCallable } from './team-entry';

/**
 * A team submits its draft entry. Completeness is checked here, with the same
 * schema and the same list of what is missing as the team's form, against the
 * competition's own questions; the deck must be recorded on the entry (only
 * the Storage trigger records it, after checking the file) and still be in
 * Storage, and so must every file an answer names (the team may have removed
 * it, or the trigger refused it, after the answer was saved). The submission time is the server's. Submitting twice (a double
 * click) changes nothing and returns the same receipt.
 */
export const submitEntry = callable(
  teamEntryCallable(async ({ tx, competition, entry, competitionId, uid, now }) => {
    if (entry.status === 'submitted') {
      return { code: entry.code, status: entry.status, submittedAt: entry.submittedAt, revision: entry.revision };
    }
    if (entry.status !== 'draft') {
      throw new HttpsError('failed-precondition', `This entry is ${entry.status}: reopen it before submitting.`);
    }
    const expectedDeck = deckPath(competitionId, entry.id);
    const deckPresent =
      entry.deckPath === expectedDeck && (await storage.bucket().file(expectedDeck).exists())[0] === true;
    const { questions } = competition.entryForm;
    const content = entryContentOf(entry);
    const missing = [
      ...missingForSubmission(content, questions, { deckPresent }),
      ...(await goneFileAnswers(entry.answers, questions, { competitionId, entryId: entry.id })),
    ];
    if (missing.length > 0) {
      throw new HttpsError('failed-precondition', 'The entry is not complete yet.', {
        reason: 'incomplete',
        missing: missing.slice(0, 50),
      });
    }
    const checked = entryFormSchemas(questions, { competitionId, entryId: entry.id }).submit.safeParse(content);
    if (!checked.success) {
      throw new HttpsError('invalid-argument', 'Some answers are not valid.', {
        problems: capProblems(checked.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`)),
      });
    }
    const submittedAt = Timestamp.fromMillis(now);
    const revision = entry.revision + 1;
    tx.update(db.doc(entryPath(competitionId, entry.id)), {
      status: 'submitted',
      submittedAt,
      updatedAt: submittedAt,
      revision,
    });
    appendAudit(tx, competitionId, {
      type: 'entry.submitted',
      actorUid: uid,
      subject: { kind: 'entry', id: entry.id },
      data: { code: entry.code, revision },
    });
    return { code: entry.code, status: 'submitted' as const, submittedAt: now, revision };
  }),
);

/**
 * The file answers whose file is no longer in Storage, as missing items on
 * their question: a required one is to be uploaded again (`required`), an
 * optional one's stale answer to be cleared or replaced (`fileInvalid`). A
 * path of another entry is left to the schema check, which refuses it.
 */
async function goneFileAnswers(
  answers: Record<string, unknown> | undefined,
  questions: readonly EntryQuestion[],
  scope: { competitionId: string; entryId: string },
): Promise<MissingItem[]> {
  const named = questions.flatMap((q) => {
    const path = answers?.[q.id];
    return q.kind === 'file' && typeof path === 'string' && isEntryFilePath(path, scope) ? [{ q, path }] : [];
  });
  const present = await Promise.all(named.map(({ path }) => storage.bucket().file(path).exists()));
  return named
    .filter((_, i) => present[i]![0] !== true)
    .map(({ q }) => ({
      field: `answers.${q.id}`,
      key: q.required ? ('validation.required' as const) : ('validation.fileInvalid' as const),
    }));
}

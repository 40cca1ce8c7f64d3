import { Timestamp } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseInput } from './input';
import { entryPath } from './paths';
import { teamEntryCallable } from './team-entry';

const Action = z.object({ action: z.enum(['reopen', 'withdraw']) });

/**
 * Before the deadline a team can reopen its submitted (or withdrawn) entry to
 * edit it again, and withdraw it; each change is audited. Resubmitting is
 * submitEntry's, with its completeness check.
 */
export const changeEntryStatus = callable(
  teamEntryCallable(async ({ tx, entry, competitionId, uid, now }, request) => {
    const { action } = parseInput(Action, request.data);
    const to = action === 'reopen' ? 'draft' : 'withdrawn';
    const allowedFrom = action === 'reopen' ? ['submitted', 'withdrawn'] : ['draft', 'submitted'];
    if (entry.status === to) return { status: to, revision: entry.revision };
    if (!allowedFrom.includes(entry.status)) {
      throw new HttpsError('failed-precondition', `A ${entry.status} entry cannot be ${action}ed.`);
    }
    const revision = entry.revision + 1;
    tx.update(db.doc(entryPath(competitionId, entry.id)), {
      status: to,
      submittedAt: null,
      updatedAt: Timestamp.fromMillis(now),
      revision,
    });
    appendAudit(tx, competitionId, {
      type: action === 'reopen' ? 'entry.reopened' : 'entry.withdrawn',
      actorUid: uid,
      subject: { kind: 'entry', id: entry.id },
      data: { code: entry.code, from: entry.status, revision },
    });
    return { status: to, revision };
  }),
);

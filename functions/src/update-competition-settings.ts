import { isDeepStrictEqual } from 'node:util';
import { FieldValue, type Query, type Transaction } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import type { Competition } from '../../src/domain/model';
import {
  SETTINGS_SECTIONS,
  applySection,
  settingsContext,
  settingsSchemas,
  settingsWarnings,
  type SectionValues,
  type SettingsSection,
} from '../../src/domain/settings';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { storedFields } from './competition-fields';
import { parseFields, refuseImplausible } from './competition-payload';
import { readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { assignmentsPath, competitionPath, entriesPath, sheetsPath } from './paths';
import { requireRole } from './require-role';
import { runTransaction } from './transaction';

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

const Input = z.strictObject({
  competitionId: inputId,
  section: z.enum(SETTINGS_SECTIONS, { error: `is not a settings section (${SETTINGS_SECTIONS.join(', ')})` }),
  values: z.custom<Record<string, unknown>>(isPlainObject, { error: "must be an object of the section's fields" }),
});

/** Entries that compete for prizes, as settingsWarnings counts them. */
const COMPETING = ['draft', 'submitted'];

/**
 * An organizer saves one section of the settings page. The values are parsed
 * with the same schema the page uses (src/domain/settings/section-schemas.ts),
 * so a refusal names the same field with the same message key; then, in one
 * transaction with the write, what the form cannot know is checked against
 * the stored documents: a rubric that sheets were scored against, a round or
 * track still in use. The answer carries the settings' warnings (allowed but
 * probably wrong), for the organizer to decide on.
 */
export const updateCompetitionSettings = callable(async (request) => {
  const { competitionId, member: organizer } = await requireRole(request, 'organizer');
  refuseImplausible(request.data, 'data');
  const { section, values: raw } = parseInput(Input, request.data);
  const ref = db.doc(competitionPath(competitionId));

  const saved = await runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(snap, schemas.competition);
    const schema = settingsSchemas(settingsContext(competition))[section] as z.ZodType<SectionValues<SettingsSection>>;
    const values = parseFields(schema, raw, `The ${section} section`);
    await refuseUnsafeChange(tx, competitionId, competition, section, values);

    const fields = applySection(competition, section, values);
    tx.update(ref, { ...storedFields(fields), updatedAt: FieldValue.serverTimestamp() });
    const roundId = section === 'rubric' ? (values as SectionValues<'rubric'>).roundId : undefined;
    appendAudit(tx, competitionId, {
      type: 'competition.settings-changed',
      actorUid: organizer.uid,
      subject: { kind: 'competition', id: competitionId },
      data: roundId === undefined ? { section } : { section, roundId },
    });
    return { ...competition, ...fields };
  });

  const [entriesByTrack, after] = await Promise.all([competingEntries(competitionId, saved), ref.get()]);
  const updatedAt = after.get('updatedAt') as { toMillis?: () => number } | undefined;
  return {
    updatedAt: updatedAt?.toMillis?.() ?? Date.now(),
    warnings: settingsWarnings(saved, { entriesByTrack }),
  };
});

type Refusal = { reason: string } & Record<string, unknown>;
const refused = (message: string, details: Refusal) => new HttpsError('failed-precondition', message, details);

/**
 * Refuses a save that would break what already exists: sheets scored against
 * a rubric, assignments and sheets of a round, entries numbered in a track,
 * award tiers naming a track. Every read goes through the transaction, so a
 * sheet written meanwhile makes the transaction retry, not slip through.
 */
async function refuseUnsafeChange(
  tx: Transaction,
  cid: string,
  competition: Competition,
  section: SettingsSection,
  values: SectionValues<SettingsSection>,
): Promise<void> {
  const exists = async (query: Query) => !(await tx.get(query.limit(1))).empty;
  const sheetsOf = (roundId: string) => db.collection(sheetsPath(cid)).where('roundId', '==', roundId);
  const entriesOf = (trackId: string) => db.collection(entriesPath(cid)).where('trackId', '==', trackId);

  if (section === 'rubric') {
    const { roundId, criteria } = values as SectionValues<'rubric'>;
    const current = competition.rounds.find((r) => r.id === roundId)?.rubric.criteria ?? [];
    // Saving the rubric unchanged changes nothing the sheets depend on.
    if (!isDeepStrictEqual(current, criteria) && (await exists(sheetsOf(roundId)))) {
      throw refused(`Round ${roundId} already has score sheets: its rubric can no longer change.`, {
        reason: 'rubric-locked',
        roundId,
      });
    }
  }

  if (section === 'rounds') {
    const kept = new Set((values as SectionValues<'rounds'>).rounds.map((r) => r.id));
    for (const round of competition.rounds.filter((r) => !kept.has(r.id))) {
      const roundId = round.id;
      if (round.status === 'open') {
        throw refused(`Round ${roundId} is open: close it before removing it.`, { reason: 'round-open', roundId });
      }
      const assigned = db.collection(assignmentsPath(cid)).where('roundIds', 'array-contains', roundId);
      if ((await exists(sheetsOf(roundId))) || (await exists(assigned))) {
        throw refused(`Round ${roundId} has assignments or score sheets: it cannot be removed.`, {
          reason: 'round-in-use',
          roundId,
        });
      }
    }
  }

  if (section === 'tracks') {
    const next = new Map((values as SectionValues<'tracks'>).tracks.map((t) => [t.id, t]));
    for (const track of competition.tracks) {
      const trackId = track.id;
      const after = next.get(trackId);
      if (!after) {
        if (await exists(entriesOf(trackId))) {
          throw refused(`Track ${trackId} has entries: it cannot be removed.`, { reason: 'track-in-use', trackId });
        }
        if (competition.awards.some((a) => a.track === trackId)) {
          throw refused(`An award tier names track ${trackId}: change the awards first.`, {
            reason: 'track-in-awards',
            trackId,
          });
        }
      } else if (after.codePrefix !== track.codePrefix && (await exists(entriesOf(trackId)))) {
        throw refused(`Track ${trackId} has numbered entries: its code prefix can no longer change.`, {
          reason: 'prefix-in-use',
          trackId,
        });
      }
    }
  }
}

/** Entries still competing (draft or submitted) per track, counted without reading them. */
async function competingEntries(cid: string, c: Pick<Competition, 'tracks'>): Promise<Record<string, number>> {
  const counts = await Promise.all(
    c.tracks.map(async (t) => {
      const query = db.collection(entriesPath(cid)).where('trackId', '==', t.id).where('status', 'in', COMPETING);
      const snap = await query.count().get();
      return [t.id, snap.data().count] as const;
    }),
  );
  return Object.fromEntries(counts);
}

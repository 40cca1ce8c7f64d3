import { randomBytes } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import type { Entry, Reveal, ScreenStanding, Stage } from '../../src/domain/model';
import {
  applyStageAction,
  buildReveal,
  buildScreenFeed,
  canReveal,
  judgeNumbers,
  leaderboardOf,
  MAX_STAGE_ENTRIES,
  newStage,
  revealCheck,
  revealedStage,
  SCREEN_TOKEN_BYTES,
  stageActionSchema,
  type StageAuditEvent,
  type StageControlResponse,
  type StageRefusal,
} from '../../src/domain/roadshow';
import { db } from './admin';
import { appendAudit } from './audit';
import { callable } from './callable';
import { parseDoc, readDoc, schemas } from './documents';
import { inputId, parseInput } from './input';
import { competitionPath, memberPath } from './paths';
import { requireRole } from './require-role';
import { stageRefusal } from './stage-refusals';
import { computeRevealed, readSubmittedSheets } from './stage-reveal';
import { readEntries, readRoundPairs, teamOf, teamsOf, type RoundPair } from './stage-round';
import { revealPath, screenPath, stagePath, stageScreenPath } from './stage-paths';
import { storedReveal, storedScreenFeed, storedStage } from './stage-stored';
import { runTransaction } from './transaction';

const Input = z.object({ competitionId: inputId, roundId: inputId, action: stageActionSchema });

/** A refusal from the domain (`{ ok: false, reason, … }`) as the callable's error. */
function refused(r: { ok: false } & StageRefusal): HttpsError {
  const { ok: _ok, ...refusal } = r;
  return stageRefusal(refusal as StageRefusal);
}

const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

/**
 * The stage control of a roadshow round (docs/roadshow.md): one action per
 * call, organizers only. Each call is one transaction that reads the stage
 * (creating it on first use from the round's assignments), applies the pure
 * transition of src/domain/roadshow, writes the next stage, mirrors the big
 * screen's feed when a screen link exists, and appends the audit event, so
 * two organizers' laptops never interleave and nothing changes unaudited.
 * The reveal computes the team's score with the results engine from the
 * sheets submitted at that moment and stores it once (`create`): a second
 * reveal, or two at once, answer with the stored one.
 */
export const stageControl = callable(async (request) => {
  const { competitionId: cid, member: organizer } = await requireRole(request, 'organizer');
  const { roundId, action: asked } = parseInput(Input, request.data);
  // Chosen once, outside the transaction, so a retried transaction draws the
  // same order and makes the same link.
  const action =
    asked.type === 'draw' && asked.seed === undefined ? { ...asked, seed: randomBytes(4).readUInt32BE(0) } : asked;
  const newToken = action.type === 'screenLink' ? randomBytes(SCREEN_TOKEN_BYTES).toString('base64url') : null;

  return runTransaction(async (tx): Promise<StageControlResponse> => {
    const now = Date.now();
    const competitionSnap = await tx.get(db.doc(competitionPath(cid)));
    if (!competitionSnap.exists) throw new HttpsError('not-found', 'No such competition.');
    const competition = readDoc(competitionSnap, schemas.competition);
    const round = competition.rounds.find((r) => r.id === roundId);
    if (!round) throw new HttpsError('not-found', 'No such round.');
    if (round.kind !== 'roadshow') throw stageRefusal({ reason: 'not-roadshow' });

    // Reads (every one before the first write, as transactions require).
    const stageRef = db.doc(stagePath(cid, roundId));
    const linkRef = db.doc(stageScreenPath(cid, roundId));
    const [stageSnap, linkSnap] = await Promise.all([tx.get(stageRef), tx.get(linkRef)]);
    const token = linkSnap.exists ? readDoc(linkSnap, schemas.stageScreen).token : null;
    const feedSnap = token ? await tx.get(db.doc(screenPath(token))) : null;
    const oldFeed = feedSnap?.exists ? parseDoc(feedSnap, schemas.screenFeed) : null;

    let pairs: RoundPair[] | null = null;
    let entries: Map<string, Entry> | null = null;
    let stage: Stage;
    const audit: StageAuditEvent[] = [];
    if (stageSnap.exists) {
      stage = withoutId(readDoc(stageSnap, schemas.stage));
    } else {
      pairs = await readRoundPairs(tx, cid, roundId);
      entries = await readEntries(
        tx,
        cid,
        pairs.map((p) => p.entryId),
      );
      const teams = [...entries.values()].filter((e) => e.status === 'submitted').map(teamOf);
      if (teams.length > MAX_STAGE_ENTRIES) {
        throw new HttpsError(
          'failed-precondition',
          `A roadshow round puts at most ${MAX_STAGE_ENTRIES} teams on stage; advance fewer entries to it.`,
          { reason: 'too-many-teams', teams: teams.length, maximum: MAX_STAGE_ENTRIES },
        );
      }
      stage = newStage(roundId, teams, now);
      audit.push({
        type: 'stage.created',
        data: { roundId, entryCodes: stage.order.map((id) => entries!.get(id)!.code) },
      });
    }
    const created = !stageSnap.exists;
    const needsTeams = !['timer', 'setTiming', 'openScoring', 'showJudgeNames'].includes(action.type);
    if (needsTeams) entries ??= await readEntries(tx, cid, stage.order);
    const teams = teamsOf(entries ?? new Map());

    let next = stage;
    let reveal: Reveal | null = null;
    let leaderboard: ScreenStanding[] = oldFeed?.ok ? oldFeed.value.leaderboard : [];
    let feedReveal: Reveal | null = oldFeed?.ok ? oldFeed.value.reveal : null;

    switch (action.type) {
      case 'init':
        break;
      case 'reveal': {
        const can = canReveal(stage);
        if (!can.ok) throw refused(can);
        const { entryId, again } = can.value;
        const revealRef = db.doc(revealPath(cid, roundId, entryId));
        if (again) {
          const snap = await tx.get(revealRef);
          if (!snap.exists) throw new HttpsError('internal', 'The revealed team’s scores are missing.');
          return { stage, reveal: withoutId(readDoc(snap, schemas.reveal)), created: false };
        }
        pairs ??= await readRoundPairs(tx, cid, roundId);
        const sheets = await readSubmittedSheets(tx, cid, roundId);
        const assigned = new Set(pairs.filter((p) => p.entryId === entryId).map((p) => p.judgeUid));
        const submitted = sheets.filter((s) => s.entryId === entryId).map((s) => s.judgeUid);
        const missing = [...assigned].filter((uid) => !submitted.includes(uid)).length;
        const minSheets = competition.aggregation.minSheets;
        const check = revealCheck({ submitted: submitted.length, missing, minSheets }, action.allowMissing ?? false);
        if (!check.ok) throw refused(check);
        let names: Map<string, string> | null = null;
        if (stage.showJudgeNames && submitted.length > 0) {
          const members = await tx.getAll(...submitted.map((uid) => db.doc(memberPath(cid, uid))));
          names = new Map(members.filter((m) => m.exists).map((m) => [m.id, String(m.get('displayName') ?? '')]));
        }
        const revealedIds = [...stage.revealed, entryId];
        const outcome = computeRevealed(competition, roundId, entries!, sheets, revealedIds);
        reveal = buildReveal({
          roundId,
          team: stage.current!,
          analysis: outcome.analysis,
          numbers: judgeNumbers([...pairs.map((p) => p.judgeUid), ...sheets.map((s) => s.judgeUid)]),
          names,
          missing,
          now,
          uid: organizer.uid,
        });
        if (!reveal) {
          throw stageRefusal({ reason: 'below-minimum', submitted: submitted.length, minimum: Math.max(1, minSheets) });
        }
        next = revealedStage(stage, { now });
        leaderboard = leaderboardOf(outcome.results, teams);
        feedReveal = reveal;
        audit.push({
          type: 'stage.revealed',
          data: {
            roundId,
            entryId,
            code: reveal.code,
            score: reveal.score,
            sheets: reveal.sheets.length,
            missing,
            method: reveal.method,
          },
        });
        break;
      }
      case 'screenLink': {
        // A new link has no feed to carry the leaderboard from: computed afresh.
        leaderboard = [];
        if (stage.revealed.length > 0) {
          const sheets = await readSubmittedSheets(tx, cid, roundId);
          leaderboard = leaderboardOf(
            computeRevealed(competition, roundId, entries!, sheets, stage.revealed).results,
            teams,
          );
        }
        feedReveal = null;
        if (stage.phase === 'revealed' && stage.current) {
          const snap = await tx.get(db.doc(revealPath(cid, roundId, stage.current.entryId)));
          if (snap.exists) feedReveal = withoutId(readDoc(snap, schemas.reveal));
        }
        audit.push({ type: 'stage.screen-linked', data: { roundId, replaced: token !== null } });
        break;
      }
      default: {
        const r = applyStageAction(stage, action, {
          now,
          uid: organizer.uid,
          teams,
          roundOpen: competition.openRoundIds.includes(roundId),
        });
        if (!r.ok) throw refused(r);
        if (r.value.changed) {
          next = r.value.stage;
          audit.push(r.value.audit!);
        }
      }
    }

    // Writes.
    const stageChanged = created || next !== stage;
    if (stageChanged) tx.set(stageRef, storedStage(next));
    if (reveal) tx.create(db.doc(revealPath(cid, roundId, reveal.entryId)), storedReveal(reveal));
    const feedToken = newToken ?? token;
    if (feedToken && (stageChanged || newToken)) {
      const feed = buildScreenFeed({ competition, round, stage: next, reveal: feedReveal, leaderboard, now });
      tx.set(db.doc(screenPath(feedToken)), storedScreenFeed(feed));
    }
    if (newToken) {
      if (token) tx.delete(db.doc(screenPath(token)));
      tx.set(linkRef, { token: newToken, createdAt: Timestamp.fromMillis(now) });
    }
    for (const event of audit) {
      appendAudit(tx, cid, {
        type: event.type,
        actorUid: organizer.uid,
        subject: { kind: 'round', id: roundId },
        data: event.data,
      });
    }
    return {
      stage: next,
      ...(reveal ? { reveal, created: true } : {}),
      ...(newToken ? { token: newToken } : {}),
    };
  });
});

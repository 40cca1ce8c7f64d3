// The competition set-up callables: createCompetition (preset, blank, copy),
// updateCompetitionSettings (every section; field errors; the rubric lock and
// the in-use refusals checked against stored documents; warnings) and
// changeCompetitionStatus (each step, its refusals, a step back). Every test
// makes its own competitions; the seeded demo is only read (copied from).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Competition } from '../../src/domain/model';
import { sectionValues, type SettingsSection } from '../../src/domain/settings';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../scripts/seed/demo-accounts.mjs';
import { fft } from './functions-build';
import { DEMO_COMPETITION_ID, freshDemo } from './seeded';

const db = () => getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-judging' }));

type Caller = { uid: string; email?: string; name?: string } | null;
type Fn = (data: unknown, caller: Caller) => Promise<unknown>;
const fns: Record<string, Fn> = {};

/** The built callable, called as `caller` with the token fields an account has (email, name). */
async function load(name: string): Promise<Fn> {
  const built = join(process.cwd(), 'functions', 'lib', 'index.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: run through with-emulators.mjs.`);
  const mod = (await import(pathToFileURL(built).href)) as Record<string, unknown>;
  const wrapped = fft.wrap(mod[name] as never) as unknown as (req: unknown) => Promise<unknown>;
  return (data, caller) => wrapped({ data, ...(caller ? { auth: { uid: caller.uid, token: { ...caller } } } : {}) });
}

const owner = { uid: 'setup-owner', email: 'owner@setup.local', name: 'Owner Name' };
const stranger = { uid: 'setup-stranger', email: 'stranger@setup.local' };
const demoOrganizer = { uid: 'organizer' };

const create = (data: Record<string, unknown>, caller: Caller = owner) =>
  fns.createCompetition!(data, caller) as Promise<{ competitionId: string }>;
const save = (cid: string, section: string, values: unknown, caller: Caller = owner) =>
  fns.updateCompetitionSettings!({ competitionId: cid, section, values }, caller) as Promise<{
    updatedAt: number;
    warnings: { code: string }[];
  }>;
const step = (cid: string, to: string, caller: Caller = owner) =>
  fns.changeCompetitionStatus!({ competitionId: cid, to }, caller) as Promise<{ status: string }>;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as { code: string; message: string; details?: Record<string, unknown> },
  );

/** The stored competition, dates as millis (as the app reads it). */
async function stored(cid: string): Promise<Competition & Record<string, unknown>> {
  const snap = await db().doc(`competitions/${cid}`).get();
  const millis = (v: unknown) => (v instanceof Timestamp ? v.toMillis() : v);
  const d = snap.data()!;
  return {
    ...d,
    id: snap.id,
    submissionOpensAt: millis(d.submissionOpensAt),
    submissionDeadline: millis(d.submissionDeadline),
    createdAt: millis(d.createdAt),
    updatedAt: millis(d.updatedAt),
    rounds: (d.rounds as Record<string, unknown>[]).map((r) => ({
      ...r,
      opensAt: millis(r.opensAt),
      closesAt: millis(r.closesAt),
    })),
  } as Competition & Record<string, unknown>;
}
const valuesOf = async <S extends SettingsSection>(cid: string, section: S, roundId?: string) =>
  sectionValues(await stored(cid), section, roundId);
async function auditOf(cid: string, type: string) {
  const snap = await db().collection(`competitions/${cid}/audit`).where('type', '==', type).get();
  return snap.docs.map((d) => ({ actor: d.get('actorUid'), subject: d.get('subject'), data: d.get('data') }));
}
const preset = async () => (await create({ template: 'preset', title: '第三届创新创业大赛' })).competitionId;
const at = (iso: string) => Date.parse(iso);

beforeAll(async () => {
  for (const name of ['createCompetition', 'updateCompetitionSettings', 'changeCompetitionStatus']) {
    fns[name] = await load(name);
  }
  await freshDemo();
  await db().doc(`users/${owner.uid}`).set({ displayName: '  赛事主办人  ', email: owner.email, locale: 'zh-CN' });
}, 120_000);

describe('createCompetition', () => {
  it('creates the preset as a draft owned by the caller, with an organizer membership and an audit event', async () => {
    const { competitionId: cid } = await create({ template: 'preset', title: ' 第三届大赛 ', titleEn: 'Third' });
    expect(cid).toMatch(/^[A-Za-z0-9]{20}$/);
    const c = await stored(cid);
    expect(c).toMatchObject({ title: '第三届大赛', titleEn: 'Third', ownerUid: owner.uid, status: 'draft' });
    expect(c.tracks.map((t) => t.name)).toEqual(['企业组', '团队组']);
    expect(c.rounds.map((r) => [r.id, r.status, r.rubric.criteria.length])).toEqual([
      ['review', 'pending', 5],
      ['final', 'pending', 5],
    ]);
    expect(c.roundCriterionIds.review).toHaveLength(5);
    expect(c.awards.map((a) => a.count)).toEqual([2, 4, 6]);
    const raw = (await db().doc(`competitions/${cid}`).get()).data()!;
    expect(raw.submissionDeadline).toBeInstanceOf(Timestamp);
    expect(raw.createdAt).toBeInstanceOf(Timestamp);

    const member = (await db().doc(`competitions/${cid}/members/${owner.uid}`).get()).data();
    expect(member).toMatchObject({
      uid: owner.uid,
      competitionId: cid,
      role: 'organizer',
      // The profile's name (trimmed), before the account's.
      displayName: '赛事主办人',
      email: owner.email,
      entryIds: [],
      tags: [],
      organizations: [],
      conflicts: [],
      trackIds: [],
    });
    expect(member!.addedAt).toBeInstanceOf(Timestamp);
    expect(await auditOf(cid, 'competition.created')).toEqual([
      {
        actor: owner.uid,
        subject: { kind: 'competition', id: cid },
        data: { template: 'preset', copiedFrom: null },
      },
    ]);
  });

  it('creates a blank one: no tracks, one round without criteria; the name falls back to the account', async () => {
    const named = { uid: 'setup-named', email: 'named@setup.local', name: '张三' };
    const { competitionId: cid } = await create({ template: 'blank', title: '空白大赛' }, named);
    const c = await stored(cid);
    expect(c.tracks).toEqual([]);
    expect(c.rounds.map((r) => [r.id, r.rubric.criteria.length])).toEqual([['review', 0]]);
    expect(c.titleEn).toBe('');
    const member = await db().doc(`competitions/${cid}/members/${named.uid}`).get();
    expect(member.get('displayName')).toBe('张三');
    const { competitionId: other } = await create({ template: 'blank', title: '空白' }, stranger);
    const m2 = await db().doc(`competitions/${other}/members/${stranger.uid}`).get();
    expect(m2.get('displayName')).toBe(stranger.email);
  });

  it("copies an organizer's competition: settings yes, people and entries no, a fresh draft", async () => {
    const { competitionId: cid } = await create(
      { template: 'copy', title: '第二届', copyFrom: DEMO_COMPETITION_ID },
      demoOrganizer,
    );
    const [source, copy] = await Promise.all([stored(DEMO_COMPETITION_ID), stored(cid)]);
    expect(copy).toMatchObject({ title: '第二届', ownerUid: 'organizer', status: 'draft', openRoundIds: [] });
    expect(copy.tracks).toEqual(source.tracks);
    expect(copy.awards).toEqual(source.awards);
    expect(copy.aggregation).toEqual(source.aggregation);
    expect(copy.rounds.map((r) => r.rubric)).toEqual(source.rounds.map((r) => r.rubric));
    expect(copy.rounds.every((r) => r.status === 'pending' && r.opensAt === null)).toBe(true);
    const members = await db().collection(`competitions/${cid}/members`).get();
    expect(members.docs.map((d) => [d.id, d.get('role')])).toEqual([['organizer', 'organizer']]);
    for (const sub of ['entries', 'sheets', 'assignments', 'entryIdentities']) {
      expect((await db().collection(`competitions/${cid}/${sub}`).get()).size, sub).toBe(0);
    }
    expect((await auditOf(cid, 'competition.created'))[0]!.data).toEqual({
      template: 'copy',
      copiedFrom: DEMO_COMPETITION_ID,
    });
  });

  it('refuses a copy by anyone who does not organize the source, and a copy of nothing', async () => {
    for (const caller of [{ uid: 'j1' }, { uid: 'team1' }, stranger]) {
      const err = await failure(create({ template: 'copy', title: 'x', copyFrom: DEMO_COMPETITION_ID }, caller));
      expect(err.code, caller.uid).toBe('permission-denied');
    }
    const err = await failure(create({ template: 'copy', title: 'x', copyFrom: 'no-such-one' }, demoOrganizer));
    expect(err.code).toBe('permission-denied');
  });

  it('refuses a signed-out caller and bad details field by field', async () => {
    expect((await failure(create({ template: 'preset', title: 'x' }, null))).code).toBe('unauthenticated');
    const cases: [Record<string, unknown>, { path: string; message: string }[]][] = [
      [{ template: 'preset', title: '   ' }, [{ path: 'title', message: 'validation.required' }]],
      [{ template: 'preset', title: 'x'.repeat(201) }, [{ path: 'title', message: 'validation.tooLong' }]],
      [{ template: 'preset', title: 'a\nb' }, [{ path: 'title', message: 'validation.noLineBreaks' }]],
      [{ template: 'nope', title: 'x' }, [{ path: 'template', message: 'validation.invalid' }]],
      [{ template: 'copy', title: 'x' }, [{ path: 'copyFrom', message: 'validation.required' }]],
      [{ template: 'copy', title: 'x', copyFrom: '../x' }, [{ path: 'copyFrom', message: 'validation.invalid' }]],
      [{ template: 'preset', title: 'x', extra: 1 }, [{ path: 'extra', message: 'validation.unknownField' }]],
      [{ template: 'preset', title: 42 }, [{ path: 'title', message: 'validation.invalid' }]],
    ];
    for (const [data, fields] of cases) {
      const err = await failure(create(data));
      expect(err, JSON.stringify(data)).toMatchObject({ code: 'invalid-argument', details: { fields } });
    }
    const err = await failure(create({ template: 'preset', title: 'x'.repeat(1_000_000) }));
    expect(err.code).toBe('invalid-argument');
    expect(err.message).toContain('data.title');
  });
});

describe('updateCompetitionSettings', () => {
  it('saves every section, keeps round statuses and rubrics, stores dates as timestamps, audits each save', async () => {
    const cid = await preset();
    const basics = { ...(await valuesOf(cid, 'basics')), titleEn: 'Third edition', description: '第一行\n第二行' };
    const result = await save(cid, 'basics', basics);
    expect(result.updatedAt).toBe((await stored(cid)).updatedAt);
    expect(await stored(cid)).toMatchObject({ titleEn: 'Third edition', description: '第一行\n第二行' });

    const schedule = {
      submissionOpensAt: at('2027-03-01T00:00:00+08:00'),
      submissionDeadline: at('2027-04-30T23:59:00+08:00'),
    };
    await save(cid, 'schedule', schedule);
    expect(await stored(cid)).toMatchObject(schedule);

    const tracks = await valuesOf(cid, 'tracks');
    tracks.tracks.push({ id: 'student', name: '学生组', nameEn: 'Students', codePrefix: 'S', requiresCompany: false });
    await save(cid, 'tracks', tracks);
    expect((await stored(cid)).tracks.map((t) => t.id)).toEqual(['enterprise', 'team', 'student']);

    const rounds = await valuesOf(cid, 'rounds');
    rounds.rounds[0] = {
      ...rounds.rounds[0]!,
      opensAt: at('2027-05-01T09:00:00+08:00'),
      closesAt: at('2027-05-15T18:00:00+08:00'),
      judgesPerEntry: 7,
    };
    rounds.rounds.push({
      id: 'semi',
      name: '复赛',
      nameEn: 'Semi-final',
      kind: 'roadshow',
      opensAt: null,
      closesAt: null,
      judgesPerEntry: null,
    });
    await save(cid, 'rounds', rounds);
    let c = await stored(cid);
    expect(c.rounds.map((r) => [r.id, r.status, r.rubric.criteria.length, r.opensAt, r.judgesPerEntry])).toEqual([
      ['review', 'pending', 5, at('2027-05-01T09:00:00+08:00'), 7],
      ['final', 'pending', 5, null, null],
      ['semi', 'pending', 0, null, null],
    ]);
    const raw = (await db().doc(`competitions/${cid}`).get()).data()!;
    expect(raw.rounds[0].opensAt).toBeInstanceOf(Timestamp);
    expect(raw.submissionOpensAt).toBeInstanceOf(Timestamp);
    expect(c.roundCriterionIds.semi).toEqual([]);

    const rubric = await valuesOf(cid, 'rubric', 'semi');
    rubric.criteria = [
      {
        id: 'pitch',
        name: '路演',
        nameEn: 'Pitch',
        weight: 60,
        max: 10,
        step: 0.5,
        description: '',
        descriptionEn: '',
        levels: [],
      },
      {
        id: 'qa',
        name: '答辩',
        nameEn: 'Q&A',
        weight: 40,
        max: 100,
        step: 1,
        description: '',
        descriptionEn: '',
        levels: [{ min: 80, max: 100, text: '优秀', textEn: 'Excellent' }],
      },
    ];
    await save(cid, 'rubric', rubric);
    c = await stored(cid);
    expect(c.rounds[2]!.rubric.criteria.map((k) => k.id)).toEqual(['pitch', 'qa']);
    expect(c.roundCriterionIds).toMatchObject({ semi: ['pitch', 'qa'], review: expect.any(Array) });

    const questions = {
      questions: [
        { id: 'patents', kind: 'number', label: '专利数', labelEn: 'Patents', required: true, min: 0 },
        {
          id: 'stage2',
          kind: 'choice',
          label: '阶段',
          labelEn: 'Stage',
          required: false,
          options: [{ id: 'seed', label: '种子', labelEn: 'Seed' }],
        },
      ],
    };
    await save(cid, 'entryForm', questions);
    expect((await stored(cid)).entryForm).toEqual(questions);

    const scoring = {
      aggregation: { method: 'median', trim: 0, normalization: 'zscore', minSheets: 2 },
      blind: false,
      feedbackToTeams: true,
    };
    await save(cid, 'scoring', scoring);
    expect(await stored(cid)).toMatchObject(scoring);

    const awards = {
      scope: 'track',
      awards: [
        { id: 'first', label: '一等奖', labelEn: 'First', count: 1, track: 'enterprise' },
        { id: 'first', label: '一等奖', labelEn: 'First', count: 1, track: 'team' },
      ],
    };
    await save(cid, 'awards', awards);
    expect(await stored(cid)).toMatchObject({ ranking: { scope: 'track' }, awards: awards.awards });

    const audit = await auditOf(cid, 'competition.settings-changed');
    expect(audit.map((a) => a.data).sort((a, b) => String(a.section).localeCompare(String(b.section)))).toEqual([
      { section: 'awards' },
      { section: 'basics' },
      { section: 'entryForm' },
      { section: 'rounds' },
      { section: 'rubric', roundId: 'semi' },
      { section: 'schedule' },
      { section: 'scoring' },
      { section: 'tracks' },
    ]);
    expect(audit.every((a) => a.actor === owner.uid)).toBe(true);
  });

  it('refuses bad values field by field with the form’s message keys, writing nothing', async () => {
    const cid = await preset();
    const before = await stored(cid);
    const criteria = sectionValues(before, 'rubric', 'review').criteria;
    const cases: [SettingsSection, unknown, { path: string; message: string }[]][] = [
      [
        'basics',
        { ...sectionValues(before, 'basics'), title: '' },
        [{ path: 'title', message: 'validation.required' }],
      ],
      [
        'schedule',
        { submissionOpensAt: 2000, submissionDeadline: 1000 },
        [{ path: 'submissionDeadline', message: 'validation.closesBeforeOpens' }],
      ],
      [
        'tracks',
        { tracks: [...before.tracks, { ...before.tracks[0]!, codePrefix: 'X' }] },
        [{ path: 'tracks.2.id', message: 'validation.idDuplicate' }],
      ],
      [
        'rounds',
        { rounds: [{ ...sectionValues(before, 'rounds').rounds[0]!, opensAt: 5000, closesAt: 4000 }] },
        [{ path: 'rounds.0.closesAt', message: 'validation.closesBeforeOpens' }],
      ],
      [
        'rubric',
        {
          roundId: 'review',
          criteria: [
            { ...criteria[0]!, weight: 0 },
            { ...criteria[1]!, step: 0.3 },
            { ...criteria[2]!, max: -1 },
          ],
        },
        [
          { path: 'criteria.0.weight', message: 'validation.mustBePositive' },
          { path: 'criteria.1.step', message: 'validation.stepNotDivisor' },
          { path: 'criteria.2.max', message: 'validation.mustBePositive' },
        ],
      ],
      ['rubric', { roundId: 'nope', criteria: [] }, [{ path: 'roundId', message: 'validation.roundInvalid' }]],
      [
        'entryForm',
        { questions: [{ id: 'q', kind: 'choice', label: '选项', labelEn: 'Pick', required: true, options: [] }] },
        [{ path: 'questions.0.options', message: 'validation.optionsCount' }],
      ],
      [
        'scoring',
        {
          aggregation: { method: 'trimmed-mean', trim: 0, normalization: 'none', minSheets: 1.5 },
          blind: true,
          feedbackToTeams: false,
        },
        [{ path: 'aggregation.minSheets', message: 'validation.countInvalid' }],
      ],
      [
        'scoring',
        {
          aggregation: { method: 'trimmed-mean', trim: 0, normalization: 'none', minSheets: 1 },
          blind: true,
          feedbackToTeams: false,
        },
        [{ path: 'aggregation.trim', message: 'validation.trimInvalid' }],
      ],
      [
        'awards',
        { scope: 'overall', awards: [{ id: 'first', label: '一等奖', labelEn: '', count: -1, track: 'ghost' }] },
        [
          { path: 'awards.0.count', message: 'validation.countInvalid' },
          { path: 'awards.0.track', message: 'validation.trackNotForScope' },
          { path: 'awards.0.track', message: 'validation.trackInvalid' },
        ],
      ],
      [
        'basics',
        { ...sectionValues(before, 'basics'), colour: 'red' },
        [{ path: 'colour', message: 'validation.unknownField' }],
      ],
    ];
    for (const [section, values, fields] of cases) {
      const err = await failure(save(cid, section, values));
      expect(err.code, section).toBe('invalid-argument');
      expect(err.message, section).toContain(`The ${section} section is not valid (${fields[0]!.path}`);
      expect(
        [...(err.details!.fields as { path: string }[])].sort((a, b) => a.path.localeCompare(b.path)),
        section,
      ).toEqual(fields);
    }
    expect((await stored(cid)).updatedAt).toBe(before.updatedAt);
    expect(await auditOf(cid, 'competition.settings-changed')).toEqual([]);
  });

  it('locks a round’s rubric once any sheet of it exists; other rounds and an unchanged save still go through', async () => {
    const cid = await preset();
    const rubric = await valuesOf(cid, 'rubric', 'review');
    const changed = { ...rubric, criteria: rubric.criteria.map((k, i) => (i === 0 ? { ...k, weight: 35 } : k)) };
    await save(cid, 'rubric', changed);
    // A draft sheet is enough: it holds scores against the criteria.
    await db()
      .doc(`competitions/${cid}/sheets/review__j1__e01`)
      .set({ roundId: 'review', judgeUid: 'j1', entryId: 'e01', status: 'draft' });
    const err = await failure(save(cid, 'rubric', { ...changed, criteria: changed.criteria.slice(1) }));
    expect(err).toMatchObject({ code: 'failed-precondition', details: { reason: 'rubric-locked', roundId: 'review' } });
    expect((await stored(cid)).rounds[0]!.rubric.criteria).toHaveLength(5);
    await expect(save(cid, 'rubric', changed)).resolves.toMatchObject({ warnings: [] });
    const final = await valuesOf(cid, 'rubric', 'final');
    await save(cid, 'rubric', { ...final, criteria: final.criteria.slice(0, 3) });
    expect((await stored(cid)).roundCriterionIds.final).toHaveLength(3);
  });

  it('refuses to remove a round that is open or has assignments or sheets', async () => {
    const cid = await preset();
    const rounds = (await valuesOf(cid, 'rounds')).rounds;
    await db()
      .doc(`competitions/${cid}/assignments/j1__e01`)
      .set({ judgeUid: 'j1', entryId: 'e01', roundIds: ['final'] });
    const inUse = await failure(save(cid, 'rounds', { rounds: [rounds[0]] }));
    expect(inUse).toMatchObject({ code: 'failed-precondition', details: { reason: 'round-in-use', roundId: 'final' } });
    await db().doc(`competitions/${cid}/assignments/j1__e01`).delete();
    await db().doc(`competitions/${cid}/sheets/final__j1__e01`).set({ roundId: 'final', status: 'submitted' });
    const sheets = await failure(save(cid, 'rounds', { rounds: [rounds[0]] }));
    expect(sheets.details).toEqual({ reason: 'round-in-use', roundId: 'final' });

    await step(cid, 'registration');
    await step(cid, 'review');
    const open = await failure(save(cid, 'rounds', { rounds: [rounds[1]] }));
    expect(open).toMatchObject({ code: 'failed-precondition', details: { reason: 'round-open', roundId: 'review' } });
    // Renaming and re-timing rounds, open or not, is fine; the open one stays open.
    await save(cid, 'rounds', { rounds: rounds.map((r) => ({ ...r, nameEn: `${r.nameEn}!` })) });
    const c = await stored(cid);
    expect(c.rounds.map((r) => [r.nameEn, r.status])).toEqual([
      ['Online review!', 'open'],
      ['Final roadshow!', 'pending'],
    ]);
    expect(c.openRoundIds).toEqual(['review']);
  });

  it('removes an unused round', async () => {
    const cid = await preset();
    const rounds = (await valuesOf(cid, 'rounds')).rounds;
    await save(cid, 'rounds', { rounds: [rounds[0]] });
    const c = await stored(cid);
    expect(c.rounds.map((r) => r.id)).toEqual(['review']);
    expect(Object.keys(c.roundCriterionIds)).toEqual(['review']);
  });

  it('refuses to remove a track entries use or an award names, or to re-prefix one with entries', async () => {
    const cid = await preset();
    const tracks = (await valuesOf(cid, 'tracks')).tracks;
    await db().doc(`competitions/${cid}/entries/e01`).set({ trackId: 'team', status: 'withdrawn', code: 'T-001' });
    const inUse = await failure(save(cid, 'tracks', { tracks: [tracks[0]] }));
    expect(inUse).toMatchObject({ code: 'failed-precondition', details: { reason: 'track-in-use', trackId: 'team' } });
    const prefix = await failure(save(cid, 'tracks', { tracks: [tracks[0], { ...tracks[1]!, codePrefix: 'U' }] }));
    expect(prefix.details).toEqual({ reason: 'prefix-in-use', trackId: 'team' });
    // The prefix of a track without entries may change; its name always may.
    await save(cid, 'tracks', {
      tracks: [
        { ...tracks[0]!, codePrefix: 'Q' },
        { ...tracks[1]!, name: '团队赛道' },
      ],
    });
    expect((await stored(cid)).tracks.map((t) => [t.codePrefix, t.name])).toEqual([
      ['Q', '企业组'],
      ['T', '团队赛道'],
    ]);

    await save(cid, 'awards', {
      scope: 'track',
      awards: [{ id: 'first', label: '一等奖', labelEn: '', count: 1, track: 'enterprise' }],
    });
    const named = await failure(save(cid, 'tracks', { tracks: [tracks[1]] }));
    expect(named.details).toEqual({ reason: 'track-in-awards', trackId: 'enterprise' });
    await save(cid, 'awards', { scope: 'overall', awards: [] });
    await save(cid, 'tracks', { tracks: [tracks[1]] });
    expect((await stored(cid)).tracks.map((t) => t.id)).toEqual(['team']);
  });

  it('returns the warnings of the saved settings, counting only competing entries', async () => {
    const cid = await preset();
    const rounds = (await valuesOf(cid, 'rounds')).rounds;
    const { warnings } = await save(cid, 'rounds', { rounds: [{ ...rounds[0]!, judgesPerEntry: 2 }, rounds[1]] });
    expect(warnings).toEqual([
      { code: 'trim-drops-all', roundId: 'review', trim: 1, judgesPerEntry: 2 },
      { code: 'min-sheets-above-panel', roundId: 'review', minSheets: 3, judgesPerEntry: 2 },
    ]);
    const entries = db().collection(`competitions/${cid}/entries`);
    await entries.doc('a').set({ trackId: 'team', status: 'submitted' });
    await entries.doc('b').set({ trackId: 'enterprise', status: 'draft' });
    await entries.doc('c').set({ trackId: 'team', status: 'withdrawn' });
    await entries.doc('d').set({ trackId: 'team', status: 'disqualified' });
    const awards = await valuesOf(cid, 'awards');
    const after = await save(cid, 'awards', awards);
    expect(after.warnings).toContainEqual({ code: 'awards-exceed-entries', trackId: null, prizes: 12, entries: 2 });

    const blank = (await create({ template: 'blank', title: '空白' })).competitionId;
    const { warnings: w } = await save(blank, 'basics', await valuesOf(blank, 'basics'));
    expect(w).toEqual([{ code: 'rubric-empty', roundId: 'review' }]);
  });
});

describe('changeCompetitionStatus', () => {
  const roundsOf = async (cid: string) => {
    const c = await stored(cid);
    return { status: c.status, rounds: c.rounds.map((r) => r.status), open: c.openRoundIds };
  };

  it('steps a two-round competition forward through every status, then one step back', async () => {
    const cid = await preset();
    expect(await step(cid, 'registration')).toEqual({ status: 'registration' });
    expect(await roundsOf(cid)).toEqual({ status: 'registration', rounds: ['pending', 'pending'], open: [] });
    await step(cid, 'review');
    expect(await roundsOf(cid)).toEqual({ status: 'review', rounds: ['open', 'pending'], open: ['review'] });
    await step(cid, 'final');
    expect(await roundsOf(cid)).toEqual({ status: 'final', rounds: ['closed', 'open'], open: ['final'] });
    await step(cid, 'closed');
    expect(await roundsOf(cid)).toEqual({ status: 'closed', rounds: ['closed', 'closed'], open: [] });
    await step(cid, 'final');
    expect(await roundsOf(cid)).toEqual({ status: 'final', rounds: ['closed', 'open'], open: ['final'] });
    await step(cid, 'review');
    expect(await roundsOf(cid)).toEqual({ status: 'review', rounds: ['open', 'closed'], open: ['review'] });

    const audit = await auditOf(cid, 'competition.status-changed');
    expect(audit.map((a) => `${a.data.from}>${a.data.to}`).sort()).toEqual(
      [
        'draft>registration',
        'registration>review',
        'review>final',
        'final>closed',
        'closed>final',
        'final>review',
      ].sort(),
    );
    expect(audit[0]).toMatchObject({ actor: owner.uid, subject: { kind: 'competition', id: cid } });
  });

  it('says every reason a step forward is refused', async () => {
    const cid = (await create({ template: 'blank', title: '空白' })).competitionId;
    const refusal = async (to: string) => {
      const err = await failure(step(cid, to));
      expect(err.code, to).toBe('failed-precondition');
      expect(err.details!.reason, to).toBe('status-refused');
      return err.details!.refusals;
    };
    expect(await refusal('registration')).toEqual([{ code: 'no-tracks' }]);
    expect(await refusal('draft')).toEqual([{ code: 'same-status' }]);
    expect(await refusal('review')).toEqual([{ code: 'not-one-step', from: 'draft', to: 'review' }]);
    await save(cid, 'tracks', {
      tracks: [{ id: 'all', name: '总赛道', nameEn: '', codePrefix: 'A', requiresCompany: false }],
    });
    await step(cid, 'registration');
    expect(await refusal('review')).toEqual([{ code: 'rubric-empty', roundId: 'review' }]);
    const rubric = await valuesOf(cid, 'rubric', 'review');
    rubric.criteria = [
      {
        id: 'all',
        name: '综合',
        nameEn: '',
        weight: 1,
        max: 10,
        step: 1,
        description: '',
        descriptionEn: '',
        levels: [],
      },
    ];
    await save(cid, 'rubric', rubric);
    await step(cid, 'review');
    // One round: review goes straight to closed, there is no final.
    expect(await refusal('final')).toEqual([{ code: 'not-one-step', from: 'review', to: 'final' }]);
    await step(cid, 'closed');
    expect(await roundsOf(cid)).toEqual({ status: 'closed', rounds: ['closed'], open: [] });
  });
});

describe('who may set up a competition', () => {
  it('refuses judges and teams of it, strangers and another competition’s organizer, changing nothing', async () => {
    const cid = await preset();
    for (const role of ['judge', 'team']) {
      await db()
        .doc(`competitions/${cid}/members/setup-${role}`)
        .set({
          uid: `setup-${role}`,
          competitionId: cid,
          role,
          displayName: role,
          email: '',
          entryIds: [],
          addedAt: Timestamp.now(),
        });
    }
    const basics = await valuesOf(cid, 'basics');
    for (const caller of [{ uid: 'setup-judge' }, { uid: 'setup-team' }, stranger, demoOrganizer]) {
      expect((await failure(save(cid, 'basics', { ...basics, title: 'hijacked' }, caller))).code, caller.uid).toBe(
        'permission-denied',
      );
      expect((await failure(step(cid, 'registration', caller))).code, caller.uid).toBe('permission-denied');
    }
    expect((await failure(save(cid, 'basics', basics, null))).code).toBe('unauthenticated');
    expect((await failure(step(cid, 'registration', null))).code).toBe('unauthenticated');
    expect(await stored(cid)).toMatchObject({ title: '第三届创新创业大赛', status: 'draft' });
  });
});

describe('hostile payloads', () => {
  it('refuses malformed requests with a clear message, never INTERNAL', async () => {
    const cid = await preset();
    const basics = await valuesOf(cid, 'basics');
    const huge = Array.from({ length: 100_000 }, () => ({ id: 'x' }));
    const cases: [unknown, string][] = [
      [{ competitionId: cid, section: 'nope', values: basics }, 'section: is not a settings section'],
      [{ competitionId: cid, section: 42, values: basics }, 'section'],
      [{ competitionId: cid, section: 'basics', values: 'x' }, 'values'],
      [{ competitionId: cid, section: 'basics', values: [basics] }, 'values'],
      [{ competitionId: cid, section: 'basics', values: null }, 'values'],
      [{ competitionId: cid, section: 'basics' }, 'values'],
      [{ competitionId: cid, section: 'basics', values: basics, extra: true }, 'extra'],
      [{ competitionId: cid, section: 'awards', values: { scope: 'overall', awards: huge } }, 'data.values.awards'],
      [
        { competitionId: cid, section: 'basics', values: { ...basics, rulesText: 'x'.repeat(1_000_000) } },
        'data.values.rulesText',
      ],
      [JSON.parse(`{"competitionId":"${cid}","section":"basics","values":{"__proto__":{"title":"x"}}}`), '__proto__'],
      [{ competitionId: cid, section: 'tracks', values: { tracks: [{ constructor: 1 }] } }, 'constructor'],
      [{ competitionId: cid, section: 'basics', values: nested(40) }, 'nested'],
    ];
    for (const [data, says] of cases) {
      const err = await failure(fns.updateCompetitionSettings!(data, owner));
      expect(err.code, says).toBe('invalid-argument');
      expect(err.message, says).toContain(says);
      expect(JSON.stringify(err).length, says).toBeLessThan(3000);
    }
    const wrongTypes = await failure(
      save(cid, 'rubric', { roundId: 'review', criteria: [{ id: 1, weight: '30', levels: {}, max: null }] }),
    );
    expect(wrongTypes.code).toBe('invalid-argument');
    expect(wrongTypes.details!.fields).toEqual(
      expect.arrayContaining([
        { path: 'criteria.0.id', message: 'validation.invalid' },
        { path: 'criteria.0.weight', message: 'validation.numberInvalid' },
        { path: 'criteria.0.levels', message: 'validation.invalid' },
        { path: 'criteria.0.name', message: 'validation.required' },
      ]),
    );
    for (const to of ['nowhere', 7, null]) {
      const err = await failure(step(cid, to as string));
      expect(err).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('to') });
    }
    expect(await auditOf(cid, 'competition.settings-changed')).toEqual([]);
    expect((await stored(cid)).status).toBe('draft');
  });
});

describe('over HTTP, as the emulator serves the functions', () => {
  /** Where an emulator listens, as the emulator hub lists it. */
  async function origin(name: string): Promise<string> {
    const listed = (await (await fetch(`http://${process.env.FIREBASE_EMULATOR_HUB}/emulators`)).json()) as Record<
      string,
      { host: string; port: number }
    >;
    return `http://${listed[name]!.host}:${listed[name]!.port}`;
  }

  it('refuses a "__proto__" key, which the callable decoder turns into a prototype, by name', async () => {
    const cid = (await create({ template: 'preset', title: '原型' }, demoOrganizer)).competitionId;
    const signIn = await fetch(
      `${await origin('auth')}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo-key`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: DEMO_LOGINS.organizer, password: DEMO_PASSWORD, returnSecureToken: true }),
      },
    );
    const { idToken } = (await signIn.json()) as { idToken: string };
    const res = await fetch(`${await origin('functions')}/demo-judging/us-central1/updateCompetitionSettings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${idToken}` },
      body: `{"data":{"competitionId":"${cid}","section":"basics","values":{"__proto__":{"title":"x"}}}}`,
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { status: string; message: string } };
    expect(error).toMatchObject({ status: 'INVALID_ARGUMENT', message: expect.stringContaining('data.values') });
    expect(await auditOf(cid, 'competition.settings-changed')).toEqual([]);
  });
});

function nested(depth: number): Record<string, unknown> {
  let v: Record<string, unknown> = { title: 'x' };
  for (let i = 0; i < depth; i++) v = { title: v };
  return v;
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Competition } from '../model';
import { applySection, sectionValues, settingsContext } from './apply-section';
import { nextId } from './ids';
import { blankCompetition, copiedCompetition, presetCompetition } from './presets';
import { SETTINGS_SECTIONS, settingsSchemas } from './section-schemas';
import { settingsWarnings } from './settings-warnings';
import { adjacentStatuses, changeStatus } from './status-steps';

const facts = { title: '第三届大赛', titleEn: 'Third', ownerUid: 'u1', now: Date.UTC(2027, 0, 1) };
const asCompetition = (s: ReturnType<typeof presetCompetition>): Competition => ({
  id: 'c',
  createdAt: 0,
  updatedAt: 0,
  ...s,
});
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('presets', () => {
  it('gives the common Chinese format: two tracks, review then roadshow, 30/25/15/20/10, drop 1 at each end, 2/4/6', () => {
    const c = presetCompetition(facts);
    expect(c.tracks.map((t) => t.name)).toEqual(['企业组', '团队组']);
    expect(c.rounds.map((r) => [r.kind, r.judgesPerEntry])).toEqual([
      ['online', 5],
      ['roadshow', null],
    ]);
    expect(c.rounds[0]!.rubric.criteria.map((k) => [k.name, k.weight])).toEqual([
      ['技术创新', 30],
      ['市场前景', 25],
      ['商业模式', 15],
      ['团队', 20],
      ['财务与路演', 10],
    ]);
    expect(c.aggregation).toMatchObject({ method: 'trimmed-mean', trim: 1 });
    expect(c.awards.map((a) => a.count)).toEqual([2, 4, 6]);
    expect(c.status).toBe('draft');
    expect(c.roundCriterionIds.review).toHaveLength(5);
  });

  it('passes every section schema of its own, blank and copied alike', () => {
    const preset = presetCompetition(facts);
    for (const c of [preset, blankCompetition(facts), copiedCompetition(asCompetition(preset), facts)]) {
      const schemas = settingsSchemas(settingsContext(c));
      for (const section of SETTINGS_SECTIONS) {
        const result = schemas[section].safeParse(sectionValues(c, section));
        expect(issuesOf(result), section).toEqual([]);
      }
    }
  });

  it('copies settings but starts a fresh draft: rounds pending, dates cleared, new owner', () => {
    const source = asCompetition({
      ...presetCompetition({ ...facts, ownerUid: 'old' }),
      status: 'closed',
      rounds: presetCompetition(facts).rounds.map((r) => ({ ...r, status: 'closed', opensAt: 5, closesAt: 9 })),
    });
    const copy = copiedCompetition(source, facts);
    expect(copy).toMatchObject({ status: 'draft', ownerUid: 'u1', title: '第三届大赛', openRoundIds: [] });
    expect(copy.rounds.every((r) => r.status === 'pending' && r.opensAt === null)).toBe(true);
    expect(copy.rounds[0]!.rubric).toEqual(source.rounds[0]!.rubric);
  });
});

describe('section schemas', () => {
  const c = presetCompetition(facts);
  const schemas = settingsSchemas(settingsContext(c));

  it('refuses bad criteria field by field', () => {
    const criteria = sectionValues(c, 'rubric', 'review').criteria;
    const bad = [
      { ...criteria[0]!, weight: 0 },
      { ...criteria[1]!, max: -1 },
      { ...criteria[2]!, step: 0.3 },
      { ...criteria[3]!, id: criteria[0]!.id },
    ];
    expect(issuesOf(schemas.rubric.safeParse({ roundId: 'review', criteria: bad }))).toEqual([
      'criteria.0.weight: validation.mustBePositive',
      'criteria.1.max: validation.mustBePositive',
      'criteria.2.step: validation.stepNotDivisor',
      'criteria.3.id: validation.idDuplicate',
    ]);
  });

  it('refuses fractional or negative counts, a round closing before it opens, an unknown round', () => {
    const scoring = sectionValues(c, 'scoring');
    expect(
      issuesOf(schemas.scoring.safeParse({ ...scoring, aggregation: { ...scoring.aggregation, minSheets: 1.5 } })),
    ).toEqual(['aggregation.minSheets: validation.countInvalid']);
    const rounds = sectionValues(c, 'rounds').rounds;
    expect(
      issuesOf(schemas.rounds.safeParse({ rounds: [{ ...rounds[0]!, opensAt: 10, closesAt: 5, judgesPerEntry: -1 }] })),
    ).toEqual(['rounds.0.judgesPerEntry: validation.countInvalid', 'rounds.0.closesAt: validation.closesBeforeOpens']);
    expect(issuesOf(schemas.rubric.safeParse({ roundId: 'nope', criteria: [] }))).toEqual([
      'roundId: validation.roundInvalid',
    ]);
  });

  it('checks award tiers against the ranking scope and the tracks; one id per track', () => {
    const awards = [
      { id: 'first', label: '一等奖', labelEn: '', count: 1, track: 'enterprise' },
      { id: 'first', label: '一等奖', labelEn: '', count: 1, track: 'team' },
      { id: 'first', label: '一等奖', labelEn: '', count: 1, track: 'team' },
      { id: 'second', label: '二等奖', labelEn: '', count: 0, track: null },
      { id: 'third', label: '三等奖', labelEn: '', count: 1, track: 'ghost' },
    ];
    expect(issuesOf(schemas.awards.safeParse({ scope: 'track', awards }))).toEqual([
      'awards.3.count: validation.countInvalid',
      'awards.2.id: validation.idDuplicate',
      'awards.3.track: validation.trackRequired',
      'awards.4.track: validation.trackInvalid',
    ]);
  });
});

describe('applySection', () => {
  it('keeps a round status and rubric when rounds are renamed or reordered, and new rounds start empty', () => {
    const c = { ...presetCompetition(facts), status: 'review' as const };
    c.rounds[0]!.status = 'open';
    const rounds = sectionValues(c, 'rounds').rounds;
    const patch = applySection(c, 'rounds', {
      rounds: [{ ...rounds[1]! }, { ...rounds[0]!, name: '初赛' }, { ...rounds[0]!, id: 'semi', name: '复赛' }],
    });
    expect(patch.rounds!.map((r) => [r.id, r.status, r.rubric.criteria.length])).toEqual([
      ['final', 'pending', 5],
      ['review', 'open', 5],
      ['semi', 'pending', 0],
    ]);
    expect(patch.openRoundIds).toEqual(['review']);
    expect(patch.roundCriterionIds!.semi).toEqual([]);
  });

  it('replaces only the named round rubric and its mirror', () => {
    const c = presetCompetition(facts);
    const criteria = [{ ...c.rounds[1]!.rubric.criteria[0]!, id: 'pitch' }];
    const patch = applySection(c, 'rubric', { roundId: 'final', criteria });
    expect(patch.roundCriterionIds).toEqual({ review: c.roundCriterionIds.review, final: ['pitch'] });
    expect(patch.rounds![0]).toEqual(c.rounds[0]);
  });
});

describe('settingsWarnings', () => {
  it('warns when trimming drops every sheet, a panel is below the minimum, or prizes outnumber entries', () => {
    const c = presetCompetition(facts);
    c.aggregation = { method: 'trimmed-mean', trim: 3, normalization: 'none', minSheets: 6 };
    expect(settingsWarnings(c, { entriesByTrack: { enterprise: 5, team: 5 } })).toEqual([
      { code: 'trim-drops-all', roundId: 'review', trim: 3, judgesPerEntry: 5 },
      { code: 'min-sheets-above-panel', roundId: 'review', minSheets: 6, judgesPerEntry: 5 },
      { code: 'awards-exceed-entries', trackId: null, prizes: 12, entries: 10 },
    ]);
    expect(settingsWarnings(presetCompetition(facts), { entriesByTrack: {} })).toEqual([]);
  });
});

describe('status steps', () => {
  it('goes one step at a time and says why a step cannot be taken', () => {
    const blank = blankCompetition(facts);
    expect(changeStatus(blank, 'review')).toEqual({
      ok: false,
      refusals: [{ code: 'not-one-step', from: 'draft', to: 'review' }],
    });
    expect(changeStatus(blank, 'registration')).toEqual({ ok: false, refusals: [{ code: 'no-tracks' }] });
    const withTrack = { ...blank, status: 'registration' as const, tracks: presetCompetition(facts).tracks };
    expect(changeStatus(withTrack, 'review')).toEqual({
      ok: false,
      refusals: [{ code: 'rubric-empty', roundId: 'review' }],
    });
    // A single round: no final, review goes straight to closed.
    expect(adjacentStatuses({ ...withTrack, status: 'review' })).toEqual({ next: 'closed', previous: 'registration' });
  });

  it('opens the first round at review, swaps to the second at final, closes all at closed, and back again', () => {
    let c = { ...presetCompetition(facts), status: 'registration' as const } as ReturnType<typeof presetCompetition>;
    const step = (to: Competition['status']) => {
      const r = changeStatus(c, to);
      if (!r.ok) throw new Error(JSON.stringify(r.refusals));
      c = { ...c, ...r.value };
      return c.rounds.map((x) => x.status).join(',') + ' ' + c.openRoundIds.join(',');
    };
    expect(step('review')).toBe('open,pending review');
    expect(step('final')).toBe('closed,open final');
    expect(step('review')).toBe('open,closed review');
    expect(step('final')).toBe('closed,open final');
    expect(step('closed')).toBe('closed,closed ');
  });
});

describe('nextId', () => {
  it('takes the smallest free number', () => {
    expect(nextId('track', ['track-1', 'track-3'])).toBe('track-2');
  });
});

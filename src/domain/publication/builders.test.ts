// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Competition } from '../model';
import { RESULTS_FORMAT, type ResultsV1 } from '../results';
import { buildPublicResultsFile } from './build-public-results-file';
import {
  buildPublishedVersion,
  publishedScore,
  winnersWithoutConfidence,
  type PublishedVersionInput,
} from './build-published-version';
import { buildTeamFeedback } from './build-team-feedback';
import { PUBLIC_RESULTS_FORMAT } from './types';

const competition = {
  id: 'c1',
  title: '大赛',
  titleEn: 'Contest',
  organizerName: '主办',
  organizerNameEn: 'Host',
  rounds: [{ id: 'r1', name: '网评', nameEn: 'Online review' }],
  tracks: [
    { id: 'ent', name: '企业组', nameEn: 'Companies' },
    { id: 'team', name: '团队组', nameEn: 'Teams' },
  ],
  awards: [
    { id: 'first', label: '一等奖', labelEn: 'First prize', count: 1, track: 'ent' },
    { id: 'second', label: '二等奖', labelEn: 'Second prize', count: 2, track: 'ent' },
    { id: 'first', label: '一等奖', labelEn: 'First prize', count: 1, track: 'team' },
    { id: 'third', label: '三等奖', labelEn: 'Third prize', count: 1, track: 'team' },
  ],
} as unknown as Competition;

const results: ResultsV1 = {
  format: RESULTS_FORMAT,
  competitionId: 'c1',
  groups: [
    {
      track: 'ent',
      entries: [
        { entryId: 'e2', rank: 1, score: 91.234999, sheets: 3, award: 'first' },
        { entryId: 'e1', rank: 2, score: 80.005, sheets: 3, award: 'second' },
        { entryId: 'e3', rank: 2, score: 80.005, sheets: 3, award: 'second' },
        { entryId: 'e4', rank: 4, score: 70, sheets: 3, award: null },
      ],
    },
    { track: 'team', entries: [{ entryId: 't1', rank: 1, score: 66.666666, sheets: 3, award: 'first' }] },
  ],
  unranked: [{ entryId: 't2', reason: 'insufficient-sheets', sheets: 1 }],
};

const input: PublishedVersionInput = {
  competition,
  results,
  aggregation: { method: 'trimmed-mean', normalization: 'none' },
  entries: ['e1', 'e2', 'e3', 'e4', 't1'].map((id) => ({ id, code: `C-${id}`, title: `标题 ${id}` })),
  identities: ['e1', 'e2', 'e3', 't1'].map((entryId) => ({
    entryId,
    teamName: `队 ${entryId}`,
    organization: `单位 ${entryId}`,
  })),
  version: 2,
  roundId: 'r1',
  publishedAt: 1_700_000_000_000,
  reason: '更正',
  noticeUntil: 1_700_432_000_000,
  computedAt: 1_699_999_000_000,
  exportSha256: 'a'.repeat(64),
  exportPath: 'public/c1/v2/export.json',
};

describe('buildPublishedVersion', () => {
  const v = buildPublishedVersion(input);

  it('lists the tiers someone won, in award order, with track names in both languages', () => {
    expect(v.tiers.map((t) => [t.id, t.track, t.label, t.labelEn, t.trackName, t.trackNameEn])).toEqual([
      ['first', 'ent', '一等奖', 'First prize', '企业组', 'Companies'],
      ['second', 'ent', '二等奖', 'Second prize', '企业组', 'Companies'],
      ['first', 'team', '一等奖', 'First prize', '团队组', 'Teams'],
    ]);
  });

  it('lists the winners in rank order with number, title, team, organization and a 2-decimal score', () => {
    expect(v.tiers[1]!.entries).toEqual([
      {
        entryId: 'e1',
        code: 'C-e1',
        title: '标题 e1',
        team: '队 e1',
        organization: '单位 e1',
        score: (80.005).toFixed(2),
        rank: 2,
      },
      expect.objectContaining({ entryId: 'e3', rank: 2 }),
    ]);
    expect(v.tiers[0]!.entries[0]!.score).toBe('91.23');
    expect(v.tiers[2]!.entries[0]!.score).toBe('66.67');
    expect(JSON.stringify(v)).not.toContain('e4');
    expect(JSON.stringify(v)).not.toContain('t2');
  });

  it('carries the version’s facts and the method with the engine’s defaults', () => {
    expect(v).toMatchObject({
      id: 'v2',
      version: 2,
      roundId: 'r1',
      roundName: '网评',
      roundNameEn: 'Online review',
      reason: '更正',
      noticeUntil: 1_700_432_000_000,
      exportSha256: 'a'.repeat(64),
      exportPath: 'public/c1/v2/export.json',
      method: { method: 'trimmed-mean', trim: 1, normalization: 'none', minSheets: 1 },
    });
  });

  it('keeps a tier the competition no longer lists, under its id, after the others', () => {
    const edited = { ...competition, awards: competition.awards.filter((a) => a.id !== 'second') };
    const out = buildPublishedVersion({ ...input, competition: edited });
    expect(out.tiers.map((t) => [t.id, t.label, t.track])).toEqual([
      ['first', '一等奖', 'ent'],
      ['first', '一等奖', 'team'],
      ['second', 'second', 'ent'],
    ]);
  });

  it('under overall scope gives tiers without a track', () => {
    const overall = {
      ...competition,
      awards: [{ id: 'gold', label: '金奖', labelEn: 'Gold', count: 1, track: null }],
    } as unknown as Competition;
    const out = buildPublishedVersion({
      ...input,
      competition: overall,
      results: {
        ...results,
        groups: [{ track: null, entries: [{ entryId: 'e2', rank: 1, score: 90, sheets: 3, award: 'gold' }] }],
      },
    });
    expect(out.tiers).toEqual([
      expect.objectContaining({ id: 'gold', track: null, trackName: '', trackNameEn: '', label: '金奖' }),
    ]);
  });

  it('rounds as the results CLI does (toFixed), negative z-scores included', () => {
    expect([0, 1.005, 12.345, -0.001, 99.999].map(publishedScore)).toEqual([
      '0.00',
      (1.005).toFixed(2),
      (12.345).toFixed(2),
      (-0.001).toFixed(2),
      '100.00',
    ]);
  });
});

describe('award confidence in a version', () => {
  const confidence = {
    samples: 2000,
    seed: 1,
    entries: [
      { entryId: 'e1', sameAward: 1240, rankLow: 2, rankHigh: 4 },
      { entryId: 'e2', sameAward: 2000, rankLow: 1, rankHigh: 1 },
      { entryId: 'e3', sameAward: 1100, rankLow: 2, rankHigh: 4 },
      { entryId: 'e4', sameAward: 1500, rankLow: 2, rankHigh: 4 },
      { entryId: 't1', sameAward: 1999, rankLow: 1, rankHigh: 1 },
    ],
  };

  it('is not in a version unless given: nothing about confidence', () => {
    const v = buildPublishedVersion(input);
    expect(JSON.stringify(v)).not.toMatch(/confidence|sameAward|rankLow/);
    expect(JSON.stringify(buildPublicResultsFile(competition, [v]))).not.toMatch(/confidence|sameAward/);
  });

  it('freezes each winner’s figures and the samples and seed, never an entry without an award', () => {
    const v = buildPublishedVersion({ ...input, confidence });
    expect(v.confidence).toEqual({ samples: 2000, seed: 1 });
    expect(v.tiers.flatMap((t) => t.entries.map((e) => [e.entryId, e.confidence]))).toEqual([
      ['e2', { sameAward: 2000, rankLow: 1, rankHigh: 1 }],
      ['e1', { sameAward: 1240, rankLow: 2, rankHigh: 4 }],
      ['e3', { sameAward: 1100, rankLow: 2, rankHigh: 4 }],
      ['t1', { sameAward: 1999, rankLow: 1, rankHigh: 1 }],
    ]);
    expect(JSON.stringify(v)).not.toContain('e4');
    const file = buildPublicResultsFile(competition, [{ ...v, results, publishedBy: 'org' } as never]);
    expect(file.versions[0]!.confidence).toEqual({ samples: 2000, seed: 1 });
    expect(file.versions[0]!.tiers[0]!.entries[0]!.confidence).toEqual({ sameAward: 2000, rankLow: 1, rankHigh: 1 });
  });

  it('names the winners a confidence has no figures for, and refuses to build without them', () => {
    expect(winnersWithoutConfidence(results, confidence)).toEqual([]);
    const partial = {
      ...confidence,
      entries: confidence.entries.filter((e) => e.entryId !== 't1' && e.entryId !== 'e3'),
    };
    expect(winnersWithoutConfidence(results, partial)).toEqual(['e3', 't1']);
    expect(() => buildPublishedVersion({ ...input, confidence: partial })).toThrow(/e3/);
  });
});

describe('buildPublicResultsFile', () => {
  it('lists every version newest first, without the stored document’s other fields', () => {
    const v1 = { ...buildPublishedVersion({ ...input, version: 1, reason: null }), results, publishedBy: 'org' };
    const v2 = buildPublishedVersion(input);
    const file = buildPublicResultsFile(competition, [v1, v2]);
    expect(file.format).toBe(PUBLIC_RESULTS_FORMAT);
    expect(file.competition).toEqual({
      id: 'c1',
      title: '大赛',
      titleEn: 'Contest',
      organizerName: '主办',
      organizerNameEn: 'Host',
    });
    expect(file.versions.map((v) => v.id)).toEqual(['v2', 'v1']);
    expect(Object.keys(file.versions[1]!)).not.toContain('results');
    expect(JSON.stringify(file)).not.toContain('publishedBy');
  });
});

describe('buildTeamFeedback', () => {
  const sheet = (entryId: string, status: string, comment: string, comments: Record<string, string> = {}) =>
    ({ entryId, status, comment, comments, judgeUid: 'judge-uid-secret' }) as never;

  it('gives only the comments of the entry’s submitted sheets, sorted by text, without judges', () => {
    const fb = buildTeamFeedback(
      [
        sheet('e1', 'submitted', '  很好 ', { market: '市场大', innovation: '' }),
        sheet('e1', 'submitted', '一般'),
        sheet('e1', 'draft', '草稿意见'),
        sheet('e1', 'recused', '回避'),
        sheet('e2', 'submitted', '别的项目'),
        sheet('e1', 'submitted', '', {}),
        sheet('e1', 'submitted', '', { team: '团队强' }),
      ],
      'e1',
      'v1',
    );
    expect(fb).toEqual({
      entryId: 'e1',
      versionId: 'v1',
      sheets: [
        { criteria: { team: '团队强' }, overall: '' },
        { criteria: {}, overall: '一般' },
        { criteria: { market: '市场大' }, overall: '很好' },
      ],
    });
    expect(JSON.stringify(fb)).not.toContain('judge');
  });

  it('is the same whatever order the sheets come in', () => {
    const sheets = [sheet('e1', 'submitted', 'b'), sheet('e1', 'submitted', 'a'), sheet('e1', 'submitted', 'c')];
    expect(buildTeamFeedback([...sheets].reverse(), 'e1', 'v1')).toEqual(buildTeamFeedback(sheets, 'e1', 'v1'));
  });
});

// @vitest-environment node
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { documentSchemas } from './doc-schemas';

// In these tests a "timestamp" is a { ms } box, as each SDK's Timestamp would be.
const timestamp = z.object({ ms: z.number() }).transform((t) => t.ms);
const { sheet } = documentSchemas(timestamp);

const base = {
  roundId: 'r1',
  judgeUid: 'j1',
  entryId: 'e1',
  comments: {},
  comment: '',
  revision: 1,
  updatedAt: { ms: 5 },
};
class Reference {
  constructor(public path: string) {}
}

describe('sheet schema', () => {
  it('reads a submitted sheet with number scores', () => {
    const parsed = sheet.parse({
      ...base,
      status: 'submitted',
      scores: { a: 8, b: 7.5 },
      comments: { a: '思路清晰' },
      revision: 3,
      submittedAt: { ms: 6 },
    });
    expect(parsed).toMatchObject({
      status: 'submitted',
      scores: { a: 8, b: 7.5 },
      comments: { a: '思路清晰' },
      revision: 3,
      updatedAt: 5,
      submittedAt: 6,
    });
  });

  it('refuses a submitted sheet whose criterion comment is not text, naming the field', () => {
    const result = sheet.safeParse({
      ...base,
      status: 'submitted',
      scores: { a: 8 },
      comments: { a: new Reference('competitions/x') },
      submittedAt: { ms: 6 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['comments.a']);
  });

  it('refuses a submitted sheet without a whole revision', () => {
    const submitted = { ...base, status: 'submitted', scores: { a: 8 }, submittedAt: { ms: 6 } };
    expect(sheet.safeParse({ ...submitted, revision: 1.5 }).success).toBe(false);
    expect(sheet.safeParse({ ...submitted, revision: undefined }).success).toBe(false);
  });

  it('refuses a submitted sheet whose score is not a number, naming the field', () => {
    const result = sheet.safeParse({
      ...base,
      status: 'submitted',
      scores: { a: new Reference('competitions/x') },
      submittedAt: { ms: 6 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['scores.a']);
  });

  it('reads a draft for what it is: non-numbers are missing scores, odd fields blank', () => {
    const huge = new Uint8Array(900 * 1024);
    const parsed = sheet.parse({
      ...base,
      status: 'draft',
      scores: { a: new Reference('x'), b: huge, c: { nested: { map: 1 } }, d: '9', e: 6, f: NaN },
      comments: { a: 'ok', b: 7, c: new Reference('z') },
      comment: new Reference('y'),
      revision: 'two',
      updatedAt: 'yesterday',
      submittedAt: null,
    });
    expect(parsed).toMatchObject({
      status: 'draft',
      scores: { e: 6 },
      comments: { a: 'ok' },
      comment: '',
      revision: 0,
      updatedAt: 0,
      submittedAt: null,
    });
    expect(parsed.comments).toEqual({ a: 'ok' });
  });

  it('reads a recused sheet whose scores are not a map at all as having none', () => {
    const parsed = sheet.parse({
      ...base,
      status: 'recused',
      scores: new Reference('x'),
      comments: new Reference('y'),
      submittedAt: null,
    });
    expect(parsed.scores).toEqual({});
    expect(parsed.comments).toEqual({});
  });

  it('refuses an unknown status', () => {
    expect(sheet.safeParse({ ...base, status: 'final', scores: {}, submittedAt: null }).success).toBe(false);
  });
});

describe('member schema', () => {
  const { member } = documentSchemas(timestamp);
  const teamMember = {
    uid: 'u1',
    competitionId: 'c1',
    role: 'team',
    displayName: '团队',
    email: 'u1@example.com',
    entryIds: ['e1'],
    addedAt: { ms: 1 },
  };

  it('reads a member written before judges had a profile as having no tags, organizations or conflicts', () => {
    expect(member.parse(teamMember)).toMatchObject({ tags: [], organizations: [], conflicts: [] });
  });

  it("keeps a judge's profile, and refuses one that is not a list", () => {
    const judge = { ...teamMember, role: 'judge', entryIds: [], tags: ['锂电'], organizations: ['青海大学'] };
    expect(member.parse({ ...judge, conflicts: ['e7'] })).toMatchObject({ tags: ['锂电'], conflicts: ['e7'] });
    expect(member.safeParse({ ...judge, conflicts: 'e7' }).success).toBe(false);
  });
});

// @vitest-environment node
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { documentSchemas } from './doc-schemas';

// In these tests a "timestamp" is a { ms } box, as each SDK's Timestamp would be.
const timestamp = z.object({ ms: z.number() }).transform((t) => t.ms);
const { sheet } = documentSchemas(timestamp);

const base = { roundId: 'r1', judgeUid: 'j1', entryId: 'e1', comment: '', updatedAt: { ms: 5 } };
class Reference {
  constructor(public path: string) {}
}

describe('sheet schema', () => {
  it('reads a submitted sheet with number scores', () => {
    const parsed = sheet.parse({ ...base, status: 'submitted', scores: { a: 8, b: 7.5 }, submittedAt: { ms: 6 } });
    expect(parsed).toMatchObject({ status: 'submitted', scores: { a: 8, b: 7.5 }, updatedAt: 5, submittedAt: 6 });
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
      comment: new Reference('y'),
      updatedAt: 'yesterday',
      submittedAt: null,
    });
    expect(parsed).toMatchObject({ status: 'draft', scores: { e: 6 }, comment: '', updatedAt: 0, submittedAt: null });
  });

  it('reads a recused sheet whose scores are not a map at all as having none', () => {
    expect(sheet.parse({ ...base, status: 'recused', scores: new Reference('x'), submittedAt: null }).scores).toEqual(
      {},
    );
  });

  it('refuses an unknown status', () => {
    expect(sheet.safeParse({ ...base, status: 'final', scores: {}, submittedAt: null }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { publishFormSchema } from './publish-form-schema';

describe('publish form', () => {
  it('takes whole days from 0 to 30', () => {
    const schema = publishFormSchema(false);
    expect(schema.parse({ noticeDays: '5', reason: '' })).toEqual({ noticeDays: 5, reason: '', showConfidence: false });
    expect(schema.parse({ noticeDays: '0', reason: '' }).noticeDays).toBe(0);
    for (const bad of ['-1', '31', '2.5', 'x'])
      expect(schema.safeParse({ noticeDays: bad, reason: '' }).success).toBe(false);
  });

  it('needs a reason for a correction, not for version 1', () => {
    expect(publishFormSchema(false).safeParse({ noticeDays: 5, reason: '  ' }).success).toBe(true);
    const refused = publishFormSchema(true).safeParse({ noticeDays: 5, reason: '  ' });
    expect(refused.error?.issues[0]?.message).toBe('publication.publish.reasonRequired');
    expect(publishFormSchema(true).parse({ noticeDays: 5, reason: ' 漏计一份评分表 ' }).reason).toBe('漏计一份评分表');
    expect(publishFormSchema(true).safeParse({ noticeDays: 5, reason: 'x'.repeat(501) }).success).toBe(false);
  });

  it('needs a reason when only the confidence choice differs from the version of the same computation', () => {
    // The latest version froze this computation without the award confidence.
    const schema = publishFormSchema((show) => show);
    expect(schema.parse({ noticeDays: 0, reason: '', showConfidence: false }).showConfidence).toBe(false);
    const refused = schema.safeParse({ noticeDays: 0, reason: '', showConfidence: true });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reason', 'publication.publish.reasonRequired'],
    ]);
    expect(schema.parse({ noticeDays: 0, reason: '公布稳定性', showConfidence: true }).showConfidence).toBe(true);
  });
});

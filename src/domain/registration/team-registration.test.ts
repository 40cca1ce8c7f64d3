// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teamRegistrationSchema, type TeamRegistration, type TeamRegistrationInput } from './team-registration';
import { VALIDATION_KEYS } from './validation-keys';

const tracks = [
  { id: 'enterprise', requiresCompany: true },
  { id: 'team', requiresCompany: false },
];
const schema = teamRegistrationSchema(tracks);

const teamInput: TeamRegistrationInput = {
  trackId: 'team',
  teamName: ' 高原光伏 ',
  contactName: '张伟',
  contactPhone: '+86 138-1234-5678',
  contactEmail: ' zhang@example.cn ',
  members: [
    { name: '张伟', role: '负责人' },
    { name: '卓玛', role: '' },
  ],
  companyName: '',
  creditCode: '',
};
const enterpriseInput: TeamRegistrationInput = {
  ...teamInput,
  trackId: 'enterprise',
  companyName: '青海高原光伏科技有限公司',
  creditCode: '93630100ma7xy2k3l4',
};

/** Problems as 'path: key', in the order zod reports them. */
function problems(input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('teamRegistrationSchema', () => {
  it('accepts a team, trimmed and normalized, company fields empty', () => {
    const out: TeamRegistration = schema.parse(teamInput);
    expect(out).toEqual({
      trackId: 'team',
      teamName: '高原光伏',
      contactName: '张伟',
      contactPhone: '13812345678',
      contactEmail: 'zhang@example.cn',
      members: [
        { name: '张伟', role: '负责人' },
        { name: '卓玛', role: '' },
      ],
      companyName: '',
      creditCode: '',
    });
  });

  it('accepts an enterprise with its normalized credit code', () => {
    const out = schema.parse(enterpriseInput);
    expect(out.companyName).toBe('青海高原光伏科技有限公司');
    expect(out.creditCode).toBe('93630100MA7XY2K3L4');
  });

  it('fills in absent company fields and member roles as empty strings, and drops unknown keys', () => {
    const { companyName: _c, creditCode: _k, ...rest } = teamInput;
    const out = schema.parse({ ...rest, members: [{ name: '张伟' }], uid: 'someone-else', status: 'submitted' });
    expect(out.companyName).toBe('');
    expect(out.creditCode).toBe('');
    expect(out.members).toEqual([{ name: '张伟', role: '' }]);
    expect(Object.keys(out).sort()).toEqual(Object.keys(teamInput).sort());
  });

  it('requires the company name and a valid credit code for an enterprise track', () => {
    expect(problems({ ...enterpriseInput, companyName: ' ', creditCode: '' })).toEqual([
      'companyName: validation.required',
      'creditCode: validation.required',
    ]);
    expect(problems({ ...enterpriseInput, creditCode: '91630100MA7XY2K3L5' })).toEqual([
      'creditCode: validation.creditCodeCheck',
    ]);
    expect(problems({ ...enterpriseInput, creditCode: '9163010' })).toEqual([
      'creditCode: validation.creditCodeLength',
    ]);
    expect(problems({ ...enterpriseInput, creditCode: '91630100MA7XY2K3LO' })).toEqual([
      'creditCode: validation.creditCodeChars',
    ]);
  });

  it('refuses company details on a track that takes none', () => {
    expect(problems({ ...enterpriseInput, trackId: 'team' })).toEqual([
      'companyName: validation.companyNotForTrack',
      'creditCode: validation.companyNotForTrack',
    ]);
  });

  it('reports company problems together with the other fields', () => {
    expect(problems({ ...enterpriseInput, teamName: '', creditCode: '' })).toEqual([
      'teamName: validation.required',
      'creditCode: validation.required',
    ]);
  });

  it('refuses an unknown or missing track', () => {
    expect(problems({ ...teamInput, trackId: 'student' })).toEqual(['trackId: validation.trackInvalid']);
    expect(problems({ ...teamInput, trackId: '' })).toEqual(['trackId: validation.trackInvalid']);
    expect(problems({ ...teamInput, trackId: 'toString' })).toEqual(['trackId: validation.trackInvalid']);
  });

  it('checks the phone and the email', () => {
    expect(problems({ ...teamInput, contactPhone: '010-65123456' })).toEqual(['contactPhone: validation.phoneInvalid']);
    expect(problems({ ...teamInput, contactPhone: ' ' })).toEqual(['contactPhone: validation.required']);
    expect(problems({ ...teamInput, contactEmail: 'zhang@' })).toEqual(['contactEmail: validation.emailInvalid']);
    expect(problems({ ...teamInput, contactEmail: '' })).toEqual(['contactEmail: validation.required']);
    expect(problems({ ...teamInput, contactEmail: `${'a'.repeat(250)}@x.cn` })).toEqual([
      'contactEmail: validation.tooLong',
    ]);
  });

  it('bounds names and members', () => {
    expect(problems({ ...teamInput, teamName: '队'.repeat(101) })).toEqual(['teamName: validation.tooLong']);
    expect(schema.safeParse({ ...teamInput, teamName: '队'.repeat(100) }).success).toBe(true);
    expect(problems({ ...teamInput, contactName: '名'.repeat(51) })).toEqual(['contactName: validation.tooLong']);
    expect(problems({ ...teamInput, members: [] })).toEqual(['members: validation.membersMin']);
    expect(problems({ ...teamInput, members: Array.from({ length: 16 }, () => ({ name: 'a', role: '' })) })).toEqual([
      'members: validation.membersMax',
    ]);
    expect(schema.safeParse({ ...teamInput, members: Array.from({ length: 15 }, () => ({ name: 'a' })) }).success).toBe(
      true,
    );
    expect(problems({ ...teamInput, members: [{ name: '', role: '' }] })).toEqual([
      'members.0.name: validation.required',
    ]);
    expect(problems({ ...teamInput, members: [{ name: 'a', role: 'r'.repeat(51) }] })).toEqual([
      'members.0.role: validation.tooLong',
    ]);
  });

  it('refuses line breaks and control characters in every field', () => {
    expect(problems({ ...teamInput, teamName: 'a\nb' })).toEqual(['teamName: validation.noLineBreaks']);
    expect(problems({ ...teamInput, members: [{ name: 'a\u0000', role: '' }] })).toEqual([
      'members.0.name: validation.invalidChars',
    ]);
    expect(problems({ ...enterpriseInput, companyName: '公司\r\n名' })).toEqual([
      'companyName: validation.noLineBreaks',
    ]);
  });

  it('keeps HTML as plain text', () => {
    expect(schema.parse({ ...teamInput, teamName: '<img src=x onerror=alert(1)>' }).teamName).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('refuses wrong types with a message, never by throwing', () => {
    expect(problems(null)).toEqual([': validation.invalid']);
    expect(problems({ ...teamInput, members: 'all of us' })).toEqual(['members: validation.invalid']);
    expect(problems({ ...teamInput, teamName: 42 })).toEqual(['teamName: validation.invalid']);
    expect(problems({ ...enterpriseInput, creditCode: 42 })).toEqual(['creditCode: validation.invalid']);
  });

  it('answers any payload with translation keys only', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            trackId: fc.oneof(fc.constantFrom('enterprise', 'team', ''), fc.anything()),
            teamName: fc.oneof(fc.string({ maxLength: 120 }), fc.anything()),
            contactName: fc.string(),
            contactPhone: fc.oneof(fc.constantFrom('13812345678', '+86 159 0000 1111'), fc.string()),
            contactEmail: fc.oneof(fc.constant('a@b.cn'), fc.string()),
            members: fc.oneof(
              fc.array(fc.record({ name: fc.string(), role: fc.string() }), { maxLength: 17 }),
              fc.anything(),
            ),
            companyName: fc.oneof(fc.constant(''), fc.string(), fc.anything()),
            creditCode: fc.oneof(fc.constantFrom('', '91110000802100433B', '91110000802100433A'), fc.string()),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const r = schema.safeParse(input);
          if (!r.success) for (const i of r.error.issues) expect(VALIDATION_KEYS).toContain(i.message);
        },
      ),
    );
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isBlank, multiLineText, singleLineText } from './text-safety';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.message);

describe('singleLineText', () => {
  const schema = singleLineText({ max: 10, required: true });

  it('trims and bounds the length', () => {
    expect(schema.parse('  团队  ')).toBe('团队');
    expect(schema.parse('1234567890')).toBe('1234567890');
    expect(messages(schema.safeParse('12345678901'))).toEqual(['validation.tooLong']);
    expect(messages(schema.safeParse('   '))).toEqual(['validation.required']);
  });

  it('keeps markup as plain text', () => {
    expect(singleLineText({ max: 100 }).parse('<b>"x" & \'y\'</b>')).toBe('<b>"x" & \'y\'</b>');
  });

  it('refuses line breaks inside and other control characters', () => {
    expect(schema.parse('\nab\n')).toBe('ab');
    expect(messages(schema.safeParse('a\nb'))).toEqual(['validation.noLineBreaks']);
    expect(messages(schema.safeParse('a\rb'))).toEqual(['validation.noLineBreaks']);
    expect(messages(schema.safeParse('a\tb'))).toEqual(['validation.invalidChars']);
    expect(messages(schema.safeParse('a\u0000b'))).toEqual(['validation.invalidChars']);
    expect(messages(schema.safeParse('a\u001bb'))).toEqual(['validation.invalidChars']);
    expect(messages(schema.safeParse('a\u007fb'))).toEqual(['validation.invalidChars']);
  });

  it('says required when missing and invalid when of another type', () => {
    expect(messages(schema.safeParse(undefined))).toEqual(['validation.required']);
    expect(messages(schema.safeParse(12))).toEqual(['validation.invalid']);
    expect(messages(schema.safeParse(null))).toEqual(['validation.invalid']);
  });

  it('allows empty when not required', () => {
    expect(singleLineText({ max: 5 }).parse('  ')).toBe('');
  });
});

describe('multiLineText', () => {
  const schema = multiLineText({ max: 20 });

  it('allows line breaks and tabs, not other control characters', () => {
    expect(schema.parse(' 第一段\r\n第二段\t。 ')).toBe('第一段\r\n第二段\t。');
    expect(messages(schema.safeParse('a\u0000b'))).toEqual(['validation.invalidChars']);
    expect(messages(schema.safeParse('a\u000bb'))).toEqual(['validation.invalidChars']);
    expect(messages(schema.safeParse('x'.repeat(21)))).toEqual(['validation.tooLong']);
  });
});

describe('isBlank', () => {
  it('is absent, null or only whitespace', () => {
    for (const v of [undefined, null, '', ' \n\t\u3000']) expect(isBlank(v)).toBe(true);
    for (const v of ['a', 0, false, [], {}]) expect(isBlank(v)).toBe(false);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { entryQuestionSchema, entryQuestionsSchema, textAnswerMax, type EntryQuestion } from './entry-question';

const teamSize = {
  id: 'team-size',
  kind: 'number',
  label: '团队人数',
  labelEn: 'Team size',
  required: true,
  min: 1,
  max: 500,
} as const;
const registered = {
  id: 'registered',
  kind: 'choice',
  label: '是否已在西宁注册',
  labelEn: 'Registered in Xining?',
  required: true,
  options: [
    { id: 'yes', label: '是', labelEn: 'Yes' },
    { id: 'no', label: '否', labelEn: 'No' },
  ],
} as const;
const website = { id: 'website', kind: 'short-text', label: '网址', labelEn: 'Website', required: false } as const;

function problems(schema: typeof entryQuestionSchema | typeof entryQuestionsSchema, input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('entryQuestionSchema', () => {
  it('accepts each kind with its own settings', () => {
    const parsed: EntryQuestion = entryQuestionSchema.parse(teamSize);
    expect(parsed).toEqual(teamSize);
    expect(entryQuestionSchema.parse(registered)).toEqual(registered);
    expect(entryQuestionSchema.parse(website)).toEqual(website);
    expect(entryQuestionSchema.parse({ ...website, kind: 'long-text', maxLength: 5000 }).maxLength).toBe(5000);
    expect(entryQuestionSchema.parse({ ...website, id: 'licence', kind: 'file' }).kind).toBe('file');
  });

  it('refuses ids that are not short lowercase slugs', () => {
    for (const id of [
      '',
      'Team',
      '1st',
      '-a',
      'a_b',
      'a.b',
      '__proto__',
      'constructor',
      'prototype',
      'a'.repeat(41),
      'q 1',
    ]) {
      expect(problems(entryQuestionSchema, { ...website, id }), id).toEqual(['id: validation.idInvalid']);
    }
    expect(entryQuestionSchema.safeParse({ ...website, id: 'a'.repeat(40) }).success).toBe(true);
  });

  it('refuses settings of another kind', () => {
    expect(problems(entryQuestionSchema, { ...website, options: registered.options })).toEqual([
      'options: validation.notForKind',
    ]);
    expect(problems(entryQuestionSchema, { ...website, min: 1 })).toEqual(['min: validation.notForKind']);
    expect(problems(entryQuestionSchema, { ...teamSize, maxLength: 10 })).toEqual(['maxLength: validation.notForKind']);
  });

  it('checks choice options, text limits and number ranges', () => {
    expect(problems(entryQuestionSchema, { ...registered, options: [] })).toEqual(['options: validation.optionsCount']);
    expect(
      problems(entryQuestionSchema, { ...registered, options: [{ id: 'constructor', label: 'x', labelEn: 'x' }] }),
    ).toEqual(['options.0.id: validation.idInvalid']);
    const { options: _o, ...noOptions } = registered;
    expect(problems(entryQuestionSchema, noOptions)).toEqual(['options: validation.optionsCount']);
    const many = Array.from({ length: 31 }, (_, i) => ({ id: `o${i}`, label: `${i}`, labelEn: `${i}` }));
    expect(problems(entryQuestionSchema, { ...registered, options: many })).toEqual([
      'options: validation.optionsCount',
    ]);
    expect(
      problems(entryQuestionSchema, { ...registered, options: [...registered.options, registered.options[0]] }),
    ).toEqual(['options.2.id: validation.idDuplicate']);
    expect(problems(entryQuestionSchema, { ...website, maxLength: 201 })).toEqual([
      'maxLength: validation.maxLengthInvalid',
    ]);
    expect(problems(entryQuestionSchema, { ...website, maxLength: 0 })).toEqual([
      'maxLength: validation.maxLengthInvalid',
    ]);
    expect(problems(entryQuestionSchema, { ...website, maxLength: 2.5 })).toEqual([
      'maxLength: validation.maxLengthInvalid',
    ]);
    expect(problems(entryQuestionSchema, { ...teamSize, min: 10, max: 1 })).toEqual(['max: validation.rangeInvalid']);
    expect(problems(entryQuestionSchema, { ...teamSize, max: Infinity })).toEqual(['max: validation.numberInvalid']);
    expect(problems(entryQuestionSchema, { ...teamSize, min: NaN })).toEqual(['min: validation.numberInvalid']);
  });

  it('refuses unknown keys, blank labels and wrong types', () => {
    expect(problems(entryQuestionSchema, { ...website, html: '<b>' })).toEqual([': validation.unknownField']);
    expect(problems(entryQuestionSchema, { ...website, label: ' ' })).toEqual(['label: validation.required']);
    expect(problems(entryQuestionSchema, { ...website, kind: 'date' })).toEqual(['kind: validation.invalid']);
    expect(problems(entryQuestionSchema, { ...website, required: 'yes' })).toEqual(['required: validation.invalid']);
  });
});

describe('entryQuestionsSchema', () => {
  it('accepts up to 30 questions with distinct ids', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => ({ ...website, id: `q${i}` }));
    expect(entryQuestionsSchema.parse(thirty)).toHaveLength(30);
    expect(problems(entryQuestionsSchema, [...thirty, { ...website, id: 'q30' }])).toEqual([
      ': validation.tooManyQuestions',
    ]);
    expect(problems(entryQuestionsSchema, [website, teamSize, website])).toEqual(['2.id: validation.idDuplicate']);
  });
});

describe('textAnswerMax', () => {
  it('defaults to 200 for short and 5000 for long texts', () => {
    expect(textAnswerMax(website)).toBe(200);
    expect(textAnswerMax({ ...website, kind: 'long-text' })).toBe(5000);
    expect(textAnswerMax({ ...website, maxLength: 50 })).toBe(50);
  });
});

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFormSchemas, missingForSubmission, type EntryContent } from './entry-form';
import type { EntryQuestion } from './entry-question';
import { VALIDATION_KEYS } from './validation-keys';

const FILE = 'competitions/c1/entries/e1/files/licence.pdf';
const questions: EntryQuestion[] = [
  { id: 'team-size', kind: 'number', label: '团队人数', labelEn: 'Team size', required: true, min: 1, max: 500 },
  { id: 'ip', kind: 'long-text', label: '知识产权', labelEn: 'IP', required: true, maxLength: 20 },
  {
    id: 'registered',
    kind: 'choice',
    label: '是否注册',
    labelEn: 'Registered?',
    required: true,
    options: [
      { id: 'yes', label: '是', labelEn: 'Yes' },
      { id: 'no', label: '否', labelEn: 'No' },
    ],
  },
  { id: 'website', kind: 'short-text', label: '网址', labelEn: 'Website', required: false, maxLength: 10 },
  { id: 'licence', kind: 'file', label: '营业执照', labelEn: 'Licence', required: true },
  { id: 'pitch', kind: 'short-text', label: '一句话介绍', labelEn: 'One-line pitch', required: true },
];
const { draft, submit } = entryFormSchemas(questions);

const complete = {
  title: '高原光伏运维机器人',
  field: '新能源',
  summary: '面向高海拔光伏电站的清扫与巡检机器人。\n已在共和县试点。',
  problem: '人工清扫成本高、效率低。',
  solution: '自主导航的清扫机器人。',
  stage: 'prototype',
  financing: '天使轮 200 万元',
  answers: {
    'team-size': 12,
    ip: '发明专利 2 项',
    registered: 'yes',
    website: '',
    licence: FILE,
    pitch: '让光伏板自己变干净',
  },
} as const;

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('draft', () => {
  it('accepts any subset, empty strings included', () => {
    expect(draft.parse({})).toEqual({});
    expect(draft.parse({ title: '', stage: '', answers: {} })).toEqual({ title: '', stage: '', answers: {} });
    expect(draft.parse({ summary: '  x  ', answers: { registered: '', licence: '' } })).toEqual({
      summary: 'x',
      answers: { registered: '', licence: '' },
    });
    expect(draft.parse(complete)).toEqual(complete);
  });

  it('refuses unknown fields and unknown questions', () => {
    expect(paths(draft.safeParse({ title: 'a', status: 'submitted' }))).toEqual([': validation.unknownField']);
    expect(paths(draft.safeParse({ answers: { 'q-unknown': 'x' } }))).toEqual(['answers: validation.unknownField']);
    expect(paths(draft.safeParse({ answers: { toString: 'x' } }))).toEqual(['answers: validation.unknownField']);
  });

  it('bounds every text field', () => {
    const limits = { title: 200, field: 100, summary: 1000, problem: 3000, solution: 3000, financing: 500 };
    for (const [field, max] of Object.entries(limits)) {
      expect(draft.safeParse({ [field]: 'x'.repeat(max) }).success, field).toBe(true);
      expect(paths(draft.safeParse({ [field]: 'x'.repeat(max + 1) })), field).toEqual([`${field}: validation.tooLong`]);
    }
  });

  it('keeps title and field on one line; long texts may have line breaks', () => {
    expect(paths(draft.safeParse({ title: 'a\nb' }))).toEqual(['title: validation.noLineBreaks']);
    expect(paths(draft.safeParse({ field: 'a\rb' }))).toEqual(['field: validation.noLineBreaks']);
    expect(draft.parse({ problem: 'a\n\nb', financing: '1.\n2.' })).toEqual({ problem: 'a\n\nb', financing: '1.\n2.' });
    expect(paths(draft.safeParse({ solution: 'a\u0000b' }))).toEqual(['solution: validation.invalidChars']);
  });

  it('accepts HTML and script as plain text (rendered as text, never as HTML)', () => {
    const script = '<script>alert(1)</script>';
    expect(draft.parse({ title: script }).title).toBe(script);
    expect(submit.parse({ ...complete, title: script }).title).toBe(script);
    expect(draft.parse({ answers: { ip: '<b>专利</b>' } }).answers).toEqual({ ip: '<b>专利</b>' });
  });

  it('checks each answer against its question', () => {
    const bad = (answers: Record<string, unknown>) => paths(draft.safeParse({ answers }));
    expect(bad({ 'team-size': 0 })).toEqual(['answers.team-size: validation.numberOutOfRange']);
    expect(bad({ 'team-size': 501 })).toEqual(['answers.team-size: validation.numberOutOfRange']);
    expect(bad({ 'team-size': '12' })).toEqual(['answers.team-size: validation.numberInvalid']);
    expect(bad({ 'team-size': NaN })).toEqual(['answers.team-size: validation.numberInvalid']);
    expect(bad({ 'team-size': Infinity })).toEqual(['answers.team-size: validation.numberInvalid']);
    expect(bad({ 'team-size': null })).toEqual(['answers.team-size: validation.numberInvalid']);
    expect(bad({ ip: 'x'.repeat(21) })).toEqual(['answers.ip: validation.tooLong']);
    expect(bad({ website: 'a\nb' })).toEqual(['answers.website: validation.noLineBreaks']);
    expect(bad({ registered: 'maybe' })).toEqual(['answers.registered: validation.choiceInvalid']);
    expect(bad({ registered: 1 })).toEqual(['answers.registered: validation.choiceInvalid']);
    expect(bad({ licence: 'competitions/c1/entries/e1/deck.pdf' })).toEqual([
      'answers.licence: validation.fileInvalid',
    ]);
    expect(bad({ licence: 'https://evil.example/x.pdf' })).toEqual(['answers.licence: validation.fileInvalid']);
    expect(bad({ licence: 7 })).toEqual(['answers.licence: validation.fileInvalid']);
    expect(draft.parse({ answers: { 'team-size': 1, ip: ' 专利 ' } }).answers).toEqual({ 'team-size': 1, ip: '专利' });
  });

  it("with a scope, takes only that entry's files", () => {
    const scoped = entryFormSchemas(questions, { competitionId: 'c1', entryId: 'e2' });
    expect(paths(scoped.draft.safeParse({ answers: { licence: FILE } }))).toEqual([
      'answers.licence: validation.fileInvalid',
    ]);
    const own = entryFormSchemas(questions, { competitionId: 'c1', entryId: 'e1' });
    expect(own.submit.safeParse(complete).success).toBe(true);
  });

  it('refuses wrong types with a message', () => {
    expect(paths(draft.safeParse(null))).toEqual([': validation.invalid']);
    expect(paths(draft.safeParse({ answers: [] }))).toEqual(['answers: validation.invalid']);
    expect(paths(draft.safeParse({ title: 1 }))).toEqual(['title: validation.invalid']);
    expect(paths(draft.safeParse({ stage: 'growth' }))).toEqual(['stage: validation.stageInvalid']);
  });
});

describe('submit', () => {
  it('accepts complete content and fills in the optional fields', () => {
    const { financing: _f, ...noFinancing } = complete;
    const out: EntryContent = submit.parse({
      ...noFinancing,
      answers: { ...complete.answers, website: undefined },
    });
    expect(out.financing).toBe('');
    expect(out.answers).toEqual({
      'team-size': 12,
      ip: '发明专利 2 项',
      registered: 'yes',
      licence: FILE,
      pitch: '让光伏板自己变干净',
    });
    expect(Object.hasOwn(out.answers, 'website')).toBe(false);
  });

  it('requires the fixed fields and the required questions, all reported at once', () => {
    expect(paths(submit.safeParse({}))).toEqual([
      'title: validation.required',
      'field: validation.required',
      'summary: validation.required',
      'problem: validation.required',
      'solution: validation.required',
      'stage: validation.required',
      'answers.team-size: validation.required',
      'answers.ip: validation.required',
      'answers.registered: validation.required',
      'answers.licence: validation.required',
      'answers.pitch: validation.required',
    ]);
    expect(paths(submit.safeParse({ ...complete, title: '   ', summary: 'x'.repeat(1001) }))).toEqual([
      'summary: validation.tooLong',
      'title: validation.required',
    ]);
    expect(
      paths(submit.safeParse({ ...complete, answers: { ...complete.answers, registered: '', 'team-size': 0 } })),
    ).toEqual(['answers.team-size: validation.numberOutOfRange', 'answers.registered: validation.required']);
  });

  it('lets optional questions stay blank', () => {
    const { website: _w, ...answers } = complete.answers;
    expect(submit.safeParse({ ...complete, answers }).success).toBe(true);
  });
});

describe('missingForSubmission', () => {
  it('lists what is missing in form order, the deck last', () => {
    expect(missingForSubmission(complete, questions, { deckPresent: true })).toEqual([]);
    expect(missingForSubmission(complete, questions, { deckPresent: false })).toEqual([
      { field: 'deck', key: 'validation.deckMissing' },
    ]);
    expect(
      missingForSubmission(
        { ...complete, field: ' ', stage: '', answers: { ...complete.answers, ip: '\n', licence: '' } },
        questions,
        { deckPresent: false },
      ),
    ).toEqual([
      { field: 'field', key: 'validation.required' },
      { field: 'stage', key: 'validation.required' },
      { field: 'answers.ip', key: 'validation.required' },
      { field: 'answers.licence', key: 'validation.required' },
      { field: 'deck', key: 'validation.deckMissing' },
    ]);
  });

  it('reads only own properties and survives any value', () => {
    // 'constructor' is refused as a question id; were one to slip through, it is still not found on Object.prototype
    const inherited: EntryQuestion = {
      id: 'constructor',
      kind: 'short-text',
      label: 'x',
      labelEn: 'x',
      required: true,
    };
    expect(missingForSubmission(complete, [inherited], { deckPresent: true })).toEqual([
      { field: 'answers.constructor', key: 'validation.required' },
    ]);
    expect(entryFormSchemas([inherited]).submit.safeParse({ ...complete, answers: {} }).success).toBe(false);
    for (const content of [null, undefined, 42, 'x', [], { answers: 'x' }]) {
      expect(missingForSubmission(content, questions, { deckPresent: true })).toHaveLength(11);
    }
  });
});

describe('submit and missingForSubmission agree', () => {
  const text = (max: number) =>
    fc.oneof(
      fc.constantFrom('', '  ', '\n', 'ok', '<script>alert(1)</script>', 'a\nb', 'a\u0000b'),
      fc.string({ maxLength: max + 2 }),
      fc.constant('x'.repeat(max + 1)),
      fc.constantFrom(null, 7),
    );
  const answer = {
    'team-size': fc.oneof(fc.integer({ min: -2, max: 502 }), fc.constantFrom(NaN, Infinity, '', '12', null)),
    ip: text(20),
    registered: fc.constantFrom('yes', 'no', '', ' ', 'maybe', null, 1),
    website: text(10),
    licence: fc.constantFrom(FILE, '', ' ', 'competitions/c1/entries/e1/deck.pdf', null),
    pitch: text(5),
    'q-unknown': fc.constant('x'),
  };
  const answers = fc.oneof(
    { weight: 8, arbitrary: fc.record(answer, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.constantFrom(null, [], 'x') },
  );
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    title: text(200),
    field: text(100),
    summary: text(1000),
    problem: text(3000),
    solution: text(3000),
    stage: fc.constantFrom('idea', 'prototype', 'revenue', '', ' ', 'growth', null),
    financing: text(500),
    answers,
    extra: fc.constant('x'),
  };
  const content = fc.oneof(
    { weight: 20, arbitrary: fc.record(fields, { requiredKeys: [] }) },
    // complete content with one field or answer changed (or removed), so that both outcomes are common
    {
      weight: 20,
      arbitrary: fc.oneof(
        fc.tuple(fc.constantFrom(...Object.keys(fields)), fc.boolean()).chain(([key, remove]) =>
          fields[key]!.map((value): unknown => {
            const changed: Record<string, unknown> = { ...complete, [key]: value };
            if (remove) delete changed[key];
            return changed;
          }),
        ),
        fc.tuple(fc.constantFrom(...Object.keys(answer)), fc.boolean()).chain(([key, remove]) =>
          answer[key as keyof typeof answer].map((value): unknown => {
            const changed: Record<string, unknown> = { ...complete.answers, [key]: value };
            if (remove) delete changed[key];
            return { ...complete, answers: changed };
          }),
        ),
      ),
    },
    { weight: 1, arbitrary: fc.anything() },
  );

  it('fails iff something is missing or a value is invalid, naming the same fields', () => {
    let successes = 0;
    fc.assert(
      fc.property(content, (c) => {
        const missing = missingForSubmission(c, questions, { deckPresent: true });
        const drafted = draft.safeParse(c);
        const submitted = submit.safeParse(c);
        expect(submitted.success).toBe(missing.length === 0 && drafted.success);
        if (submitted.success) successes++;
        else {
          const required = submitted.error.issues.filter((i) => i.message === 'validation.required');
          if (drafted.success || (typeof c === 'object' && c !== null && !Array.isArray(c)))
            expect(required.map((i) => i.path.join('.'))).toEqual(missing.map((m) => m.field));
          for (const i of submitted.error.issues) expect(VALIDATION_KEYS).toContain(i.message);
        }
      }),
      { numRuns: 1000 },
    );
    expect(successes).toBeGreaterThan(50);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clone, entry, makeExport, sheet } from './test-builders';
import type { JudgingExportV1 } from './types';
import { validateExport } from './validate-export';

/** A valid track-scope export that each case below breaks in one way. */
function base(): JudgingExportV1 {
  return makeExport({
    scope: 'track',
    tracks: ['ent', 'team'],
    aggregation: { method: 'trimmed-mean', normalization: 'zscore' },
    awards: [
      { id: 'first', label: '一等奖', count: 1, track: 'ent' },
      { id: 'first', label: '一等奖', count: 1, track: 'team' },
    ],
    entries: [
      entry('e1', { track: 'ent' }),
      entry('e2', { track: 'team' }),
      entry('e3', { track: 'ent', status: 'withdrawn' }),
    ],
    sheets: [
      sheet('e1', 'j1', [8, 7]),
      sheet('e1', 'j2', [6, 5]),
      sheet('e2', 'j1', [9, 9]),
      sheet('e2', 'j2', { a: 1 }, 'draft'),
      sheet('e3', 'j1', { a: 99 }),
    ],
  });
}

// Loose access for breaking things on purpose.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function refuse(mutate: (x: Loose) => void): string[] {
  const x = clone(base()) as unknown as Loose;
  mutate(x);
  const v = validateExport(x);
  if (v.ok) throw new Error('expected a refusal');
  return v.problems;
}

describe('validateExport accepts', () => {
  it('a valid export, applying the defaults', () => {
    const v = validateExport(base());
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.value.config).toMatchObject({ trim: 1, minSheets: 1, scope: 'track', tracks: ['ent', 'team'] });
    expect(v.value.config.awards.map((a) => [a.id, a.track])).toEqual([
      ['first', 'ent'],
      ['first', 'team'],
    ]);
    const [e1, e2, e3] = v.value.entries;
    expect(e1!.sheets.map((s) => [s.judgeId, s.scores])).toEqual([
      ['j1', [8, 7]],
      ['j2', [6, 5]],
    ]);
    expect(e2!.sheets).toHaveLength(1); // the draft is not counted
    expect(e3!.sheets).toHaveLength(0); // sheets of a withdrawn entry are not counted
  });

  it('entry status defaulting to submitted and a missing title', () => {
    const v = validateExport(makeExport({ entries: [{ id: 'x' }] }));
    expect(v.ok && v.value.entries[0]).toMatchObject({ status: 'submitted', title: '', track: null });
  });

  it('an unfinished draft with missing or unknown scores, and a recused sheet without scores', () => {
    const x = base();
    x.sheets.push({ entryId: 'e1', judgeId: 'j3', status: 'draft', scores: { nope: 42 } });
    x.sheets.push({ entryId: 'e1', judgeId: 'j4', status: 'recused' });
    expect(validateExport(x).ok).toBe(true);
  });

  it('a draft next to a submitted sheet by the same judge', () => {
    const x = base();
    x.sheets.push(sheet('e1', 'j1', [1, 1], 'draft'));
    expect(validateExport(x).ok).toBe(true);
  });
});

describe('validateExport refuses, with one line naming the culprit', () => {
  const cases: Array<[string, (x: Loose) => void, string]> = [
    [
      'a wrong format',
      (x) => {
        x.format = 'judging-export/v2';
      },
      'format: must be "judging-export/v1", got "judging-export/v2"',
    ],
    [
      'a missing competition id',
      (x) => {
        delete x.competition.id;
      },
      'competition.id: must be a non-empty string, got nothing',
    ],
    [
      'no criteria',
      (x) => {
        x.competition.rubric.criteria = [];
      },
      'competition.rubric.criteria: must be a non-empty array, got []',
    ],
    [
      'a weight of 0',
      (x) => {
        x.competition.rubric.criteria[0].weight = 0;
      },
      'competition.rubric.criteria[0].weight (a): must be a number > 0, between 0.000001 and 1000000, got 0',
    ],
    [
      'a negative max',
      (x) => {
        x.competition.rubric.criteria[1].max = -10;
      },
      'competition.rubric.criteria[1].max (b): must be a number > 0, between 0.000001 and 1000000000, got -10',
    ],
    [
      'a weight so small that products underflow',
      (x) => {
        x.competition.rubric.criteria[0].weight = 5e-324;
      },
      'competition.rubric.criteria[0].weight (a): must be a number > 0, between 0.000001 and 1000000, got 5e-324',
    ],
    [
      'a max so large that products overflow',
      (x) => {
        x.competition.rubric.criteria[1].max = 1e308;
      },
      'competition.rubric.criteria[1].max (b): must be a number > 0, between 0.000001 and 1000000000, got 1e+308',
    ],
    [
      'a duplicate criterion',
      (x) => {
        x.competition.rubric.criteria[1].id = 'a';
      },
      'competition.rubric.criteria[1] (a): duplicate criterion id "a"',
    ],
    [
      'a bad method',
      (x) => {
        x.competition.aggregation.method = 'average';
      },
      'competition.aggregation.method: must be one of "mean", "median", "trimmed-mean", got "average"',
    ],
    [
      'a bad normalization',
      (x) => {
        x.competition.aggregation.normalization = 'minmax';
      },
      'competition.aggregation.normalization: must be one of "none", "zscore", got "minmax"',
    ],
    [
      'a missing normalization',
      (x) => {
        delete x.competition.aggregation.normalization;
      },
      'competition.aggregation.normalization: must be one of "none", "zscore", got nothing',
    ],
    [
      'a fractional trim',
      (x) => {
        x.competition.aggregation.trim = 1.5;
      },
      'competition.aggregation.trim: must be an integer >= 0, got 1.5',
    ],
    [
      'minSheets 0',
      (x) => {
        x.competition.aggregation.minSheets = 0;
      },
      'competition.aggregation.minSheets: must be an integer >= 1, got 0',
    ],
    [
      'a bad scope',
      (x) => {
        x.competition.ranking.scope = 'region';
      },
      'competition.ranking.scope: must be one of "overall", "track", got "region"',
    ],
    [
      'no tracks under track scope',
      (x) => {
        delete x.competition.tracks;
      },
      'competition.tracks: required under track scope',
    ],
    [
      'a duplicate track',
      (x) => {
        x.competition.tracks.push('ent');
      },
      'competition.tracks[2]: duplicate track "ent"',
    ],
    [
      'a tier without a track under track scope',
      (x) => {
        delete x.competition.awards[1].track;
      },
      'competition.awards[1].track (first): required under track scope, got nothing',
    ],
    [
      'a tier with an unknown track',
      (x) => {
        x.competition.awards[1].track = 'student';
      },
      'competition.awards[1].track (first): unknown track "student" (not in competition.tracks)',
    ],
    [
      'a tier with a track under overall scope',
      (x) => {
        x.competition.ranking.scope = 'overall';
        x.competition.awards = [{ id: 'gold', count: 1, track: 'ent' }];
      },
      'competition.awards[0].track (gold): must be absent under overall scope, got "ent"',
    ],
    [
      'a duplicate tier in one group',
      (x) => {
        x.competition.awards.push({ id: 'first', count: 2, track: 'ent' });
      },
      'competition.awards[2] (first): duplicate tier id "first" in track "ent"',
    ],
    [
      'a negative tier count',
      (x) => {
        x.competition.awards[0].count = -1;
      },
      'competition.awards[0].count (first): must be an integer >= 0, got -1',
    ],
    [
      'a duplicate entry id',
      (x) => {
        x.entries.push({ id: 'e1', track: 'team' });
      },
      'entries[3] (e1): duplicate entry id "e1" (first at entries[0])',
    ],
    [
      'an entry with an unknown track',
      (x) => {
        x.entries[1].track = 'student';
      },
      'entries[1] (e2): unknown track "student" (not in competition.tracks)',
    ],
    [
      'an entry without a track under track scope',
      (x) => {
        delete x.entries[1].track;
      },
      'entries[1] (e2): track is required under track scope',
    ],
    [
      'an unknown entry status',
      (x) => {
        x.entries[0].status = 'pending';
      },
      'entries[0] (e1): status must be one of "submitted", "withdrawn", "disqualified", got "pending"',
    ],
    [
      'an entry without id',
      (x) => {
        x.entries[0].id = '';
      },
      'entries[0].id: must be a non-empty string, got ""',
    ],
    [
      'a sheet for an unknown entry',
      (x) => {
        x.sheets[0].entryId = 'e9';
      },
      'sheets[0] (entry e9, judge j1): unknown entry "e9"',
    ],
    [
      'a sheet without judge',
      (x) => {
        delete x.sheets[0].judgeId;
      },
      'sheets[0] (entry e1, judge nothing): judgeId must be a non-empty string',
    ],
    [
      'an unknown sheet status',
      (x) => {
        x.sheets[0].status = 'final';
      },
      'sheets[0] (entry e1, judge j1): status must be one of "submitted", "draft", "recused", got "final"',
    ],
    [
      'an unknown criterion',
      (x) => {
        x.sheets[1].scores.c = 5;
      },
      'sheets[1] (entry e1, judge j2): unknown criterion "c" in scores',
    ],
    [
      'a score above max',
      (x) => {
        x.sheets[1].scores.a = 10.5;
      },
      'sheets[1] (entry e1, judge j2): scores.a = 10.5 is out of range [0, 10]',
    ],
    [
      'a negative score',
      (x) => {
        x.sheets[1].scores.b = -1;
      },
      'sheets[1] (entry e1, judge j2): scores.b = -1 is out of range [0, 10]',
    ],
    [
      'a missing score on a counted sheet',
      (x) => {
        delete x.sheets[2].scores.b;
      },
      'sheets[2] (entry e2, judge j1): missing score for b',
    ],
    [
      'a non-number score',
      (x) => {
        x.sheets[2].scores.a = '9';
      },
      'sheets[2] (entry e2, judge j1): scores.a must be a number, got "9"',
    ],
    [
      'a null score',
      (x) => {
        x.sheets[2].scores.a = null;
      },
      'sheets[2] (entry e2, judge j1): scores.a must be a number, got null',
    ],
    [
      'a counted sheet without scores',
      (x) => {
        delete x.sheets[2].scores;
      },
      'sheets[2] (entry e2, judge j1): scores must be an object, got nothing',
    ],
    [
      'two counted sheets by one judge for one entry',
      (x) => {
        x.sheets.push({ entryId: 'e1', judgeId: 'j1', status: 'submitted', scores: { a: 1, b: 1 } });
      },
      'sheets[5] (entry e1, judge j1): second counted sheet by judge j1 for entry e1 (also sheets[0])',
    ],
    [
      'entries that are not an array',
      (x) => {
        x.entries = {};
      },
      'entries: must be an array, got {}',
    ],
    [
      'sheets that are not an array',
      (x) => {
        x.sheets = null;
      },
      'sheets: must be an array, got null',
    ],
  ];

  it.each(cases)('%s', (_name, mutate, line) => {
    const problems = refuse(mutate);
    expect(problems).toContain(line);
  });

  it('refuses something that is not an object', () => {
    expect(validateExport([])).toEqual({ ok: false, problems: ['export: must be a JSON object, got []'] });
    expect(validateExport(null)).toEqual({ ok: false, problems: ['export: must be a JSON object, got null'] });
  });

  it('lists every problem at once, sheets in export order', () => {
    const problems = refuse((x) => {
      x.format = 'nope';
      x.sheets[2].scores.a = 11;
      x.sheets[0].scores.b = -2;
      x.sheets.push({ entryId: 'e1', judgeId: 'j2', status: 'submitted', scores: { a: 1, b: 1 } });
    });
    expect(problems).toEqual([
      'format: must be "judging-export/v1", got "nope"',
      'sheets[0] (entry e1, judge j1): scores.b = -2 is out of range [0, 10]',
      'sheets[2] (entry e2, judge j1): scores.a = 11 is out of range [0, 10]',
      'sheets[5] (entry e1, judge j2): second counted sheet by judge j2 for entry e1 (also sheets[1])',
    ]);
  });

  it('reports one line for one mistake (no knock-on problems)', () => {
    // a broken max does not also make every score "out of range"
    expect(
      refuse((x) => {
        x.competition.rubric.criteria[0].max = 0;
      }),
    ).toHaveLength(1);
    // an entry with an unknown track does not also make its sheets unknown
    expect(
      refuse((x) => {
        x.entries[0].track = 'zzz';
      }),
    ).toHaveLength(1);
  });

  it('keeps each problem on one line', () => {
    const problems = refuse((x) => {
      x.entries[0].id = 'a\nb';
      x.sheets[0].entryId = 'a\nb';
    });
    // ids are data: even then the messages that quote them via show() stay single-line
    expect(problems.filter((p) => p.startsWith('entries')).every((p) => !p.includes('\n'))).toBe(true);
  });
});

describe('validateExport problem lines', () => {
  it('stay one line each even when an id carries a line break', () => {
    const problems = refuse((x) => {
      x.entries[0].id = 'e1\nfake: line';
      x.entries[0].track = 'nowhere';
    });
    expect(problems.every((p) => !/[\n\r]/.test(p))).toBe(true);
    expect(problems.some((p) => p.includes('e1\\nfake: line'))).toBe(true);
  });

  it('report a criterion named like an Object property as missing, not as a function', () => {
    const problems = refuse((x) => {
      x.competition.rubric.criteria[0].id = 'constructor';
      for (const s of x.sheets) {
        if (s.status === 'submitted') delete s.scores.a;
      }
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => !p.includes('native code'))).toBe(true);
    expect(problems.some((p) => /missing score for constructor/.test(p))).toBe(true);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';

describe('parseJson', () => {
  it('parses, ignoring a leading BOM', () => {
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('reports line and column of a syntax error', () => {
    const r = parseJson('{\n  "a": 1,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/^malformed JSON at line 3, column 1: /);
  });

  it('reports an empty input', () => {
    expect(parseJson('')).toEqual({ ok: false, problem: 'malformed JSON: Unexpected end of JSON input' });
  });
});

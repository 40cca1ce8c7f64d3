// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar, creditCodeProblem, normalizeCreditCode } from './credit-code';

// Check characters computed by hand, as GB 32100-2015 says: the charset
// values of the first 17 characters times the weights
// [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28], summed, then 31 − (Σ mod 31),
// with 31 written as 0. Letters count from A = 10: B 11, … H 17, J 18, K 19,
// L 20, M 21, N 22, P 23, Q 24, R 25, T 26, U 27, W 28, X 29, Y 30.
const HAND_COMPUTED = [
  // 9·1 + 1·3 + 1·9 + 1·27 + 8·20 + 2·25 + 1·13 + 4·10 + 3·30 + 3·28 = 485;
  // 485 mod 31 = 20, 31 − 20 = 11 → B (a well-known real code)
  '91110000802100433B',
  // 9·1 + 1·3 + 3·9 + 1·27 + M 21·20 + A 10·29 + 1·25 + F 15·13 + L 20·8
  // + 4·24 + F 15·10 + 1·30 + 0·28 = 1432; 1432 mod 31 = 6, 31 − 6 = 25 → R
  '91310000MA1FL4F10R',
  // 1·1 + 2·3 + 1·9 + 4·20 + 1·30 + 2·28 = 182; 182 mod 31 = 27, 31 − 27 = 4 → 4
  '121000004000000124',
  // 9·1 + 1·3 + 6·9 + 3·27 + 0·19 + 1·26 + 6·28 = 341 = 11·31;
  // 341 mod 31 = 0, 31 − 0 = 31, written 0
  '916301000000000060',
];

describe('creditCodeProblem', () => {
  it('accepts codes whose check character was computed by hand', () => {
    for (const code of HAND_COMPUTED) expect(creditCodeProblem(code), code).toBeNull();
  });

  it('accepts other real-looking codes (Xining, Shenzhen)', () => {
    expect(creditCodeProblem('91440300708461136T')).toBeNull();
    expect(creditCodeProblem('93630100MA7XY2K3L4')).toBeNull();
  });

  it('writes a check value of 31 as 0', () => {
    expect(creditCodeCheckChar('91630100000000006')).toBe('0');
  });

  it('refuses a wrong length', () => {
    expect(creditCodeProblem('')).toBe('validation.creditCodeLength');
    expect(creditCodeProblem('91110000802100433')).toBe('validation.creditCodeLength');
    expect(creditCodeProblem('91110000802100433BB')).toBe('validation.creditCodeLength');
  });

  it('refuses characters outside the charset, and letters in the division code', () => {
    for (const bad of ['I', 'O', 'Z', 'S', 'V', 'b', '-', ' ', '中']) {
      expect(creditCodeProblem(`9111000080210043${bad}B`), bad).toBe('validation.creditCodeChars');
    }
    // positions 3–8 (the administrative division) are digits only
    const body = '91A10000802100433';
    expect(creditCodeProblem(body + creditCodeCheckChar(body))).toBe('validation.creditCodeChars');
  });

  it('refuses a wrong check character', () => {
    expect(creditCodeProblem('91110000802100433C')).toBe('validation.creditCodeCheck');
    expect(creditCodeProblem('91310000MA1FL4F10X')).toBe('validation.creditCodeCheck');
  });

  const charArb = fc.constantFrom(...CREDIT_CODE_CHARSET);
  const digitArb = fc.constantFrom(...'0123456789');
  const validCode = fc
    .tuple(fc.array(charArb, { minLength: 2, maxLength: 2 }), fc.array(digitArb, { minLength: 6, maxLength: 6 }))
    .chain(([head, division]) =>
      fc.array(charArb, { minLength: 9, maxLength: 9 }).map((tail) => {
        const body = [...head, ...division, ...tail].join('');
        return body + creditCodeCheckChar(body)!;
      }),
    );

  it('accepts every code built with its check character', () => {
    fc.assert(fc.property(validCode, (code) => creditCodeProblem(code) === null));
  });

  it('refuses every code with one character changed (the check catches any single error)', () => {
    const anyChar = fc.oneof(charArb, fc.constantFrom(...'IOZSVabc-_ 中'));
    fc.assert(
      fc.property(validCode, fc.nat(17), anyChar, (code, i, ch) => {
        fc.pre(code[i] !== ch);
        const mutated = code.slice(0, i) + ch + code.slice(i + 1);
        return creditCodeProblem(mutated) !== null;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeCreditCode', () => {
  it('trims, removes spaces and upper-cases, so lowercase input is accepted', () => {
    expect(normalizeCreditCode('  91110000802100433b ')).toBe('91110000802100433B');
    expect(normalizeCreditCode('9111 0000 8021 0043 3B')).toBe('91110000802100433B');
    expect(creditCodeProblem(normalizeCreditCode('91310000ma1fl4f10r'))).toBeNull();
  });

  it('folds full-width characters and ideographic spaces typed with a Chinese keyboard', () => {
    expect(normalizeCreditCode('９１１１００００８０２１００４３３Ｂ')).toBe('91110000802100433B');
    expect(normalizeCreditCode('91110000\u3000802100433B')).toBe('91110000802100433B');
  });
});

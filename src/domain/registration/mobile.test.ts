// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMobile, mobileProblem, normalizeMobile } from './mobile';

describe('normalizeMobile', () => {
  it('strips spaces, dashes and the country code', () => {
    for (const typed of [
      '13812345678',
      ' 138 1234 5678 ',
      '138-1234-5678',
      '+86 138 1234 5678',
      '+86-13812345678',
      '8613812345678',
      '0086 138 1234 5678',
      '１３８１２３４５６７８',
      '138\u30001234\u30005678',
    ]) {
      expect(normalizeMobile(typed), typed).toBe('13812345678');
    }
  });

  it('drops a bare 86 only when a whole number follows', () => {
    expect(normalizeMobile('8613812345678')).toBe('13812345678');
    expect(normalizeMobile('86123')).toBe('86123');
    expect(normalizeMobile('861381234567')).toBe('861381234567');
  });
});

describe('mobileProblem', () => {
  it('accepts 11 digits starting 13–19', () => {
    for (const p of ['13012345678', '15912345678', '17712345678', '19912345678']) {
      expect(mobileProblem(p), p).toBeNull();
    }
  });

  it('refuses anything else', () => {
    for (const p of ['', '12012345678', '10012345678', '1381234567', '138123456789', '1381234567a', '02512345678']) {
      expect(mobileProblem(p), p).toBe('validation.phoneInvalid');
    }
    // normalized first: a landline stays a landline
    expect(mobileProblem(normalizeMobile('010-6512 3456'))).toBe('validation.phoneInvalid');
  });

  it('accepts every mainland mobile however it is spaced and prefixed', () => {
    const number = fc
      .tuple(fc.integer({ min: 3, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }))
      .map(([second, rest]) => `1${second}${rest.join('')}`);
    const prefix = fc.constantFrom('', '+86', '86', '0086', '+86 ', '0086-');
    fc.assert(
      fc.property(number, prefix, fc.array(fc.nat(10), { maxLength: 3 }), (n, p, cuts) => {
        let spaced = n;
        for (const cut of [...new Set(cuts)].sort((a, b) => b - a))
          spaced = `${spaced.slice(0, cut)} ${spaced.slice(cut)}`;
        const normalized = normalizeMobile(p + spaced);
        return normalized === n && isMobile(normalized);
      }),
    );
  });
});

// The unified social credit code (统一社会信用代码, GB 32100-2015): 18
// characters from a 31-character set (digits and capitals without I, O, Z, S,
// V), positions 3–8 the administrative division code (digits), the 18th a
// check character over the first 17.
import { vk } from './validation-keys';

export const CREDIT_CODE_LENGTH = 18;
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^i mod 31, as the standard lists them. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const DIVISION = /^\d{6}$/;

export type CreditCodeProblem =
  'validation.creditCodeLength' | 'validation.creditCodeChars' | 'validation.creditCodeCheck';

/**
 * The code as typed on a phone or pasted from a licence: full-width
 * characters folded to ASCII (NFKC), every space removed, upper case.
 */
export const normalizeCreditCode = (code: string): string => code.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** The check character for the first 17 characters, or null if one is not in the charset. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Why a (normalized) code is not a valid unified social credit code, or null. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== CREDIT_CODE_LENGTH) return vk('validation.creditCodeLength');
  for (const ch of code) if (!CREDIT_CODE_CHARSET.includes(ch)) return vk('validation.creditCodeChars');
  if (!DIVISION.test(code.slice(2, 8))) return vk('validation.creditCodeChars');
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return vk('validation.creditCodeCheck');
  return null;
}

// Mainland China mobile numbers: 11 digits, 1 then 3–9, as typed (spaces,
// dashes, full-width digits) with or without the country code.
import { vk } from './validation-keys';

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/**
 * Full-width characters folded to ASCII (NFKC), spaces and dashes removed,
 * and a leading +86 / 0086 dropped; a bare leading 86 only when 11 digits
 * follow it, so that it cannot eat the start of a number.
 */
export function normalizeMobile(phone: string): string {
  const compact = phone.normalize('NFKC').replace(/[\s‐‑‒–—-]/g, '');
  return compact.replace(/^(?:\+86|0086)/, '').replace(/^86(?=\d{11}$)/, '');
}

export const isMobile = (normalized: string): boolean => MOBILE_PATTERN.test(normalized);

/** 'validation.phoneInvalid' unless the (normalized) number is a mainland mobile number. */
export const mobileProblem = (normalized: string): 'validation.phoneInvalid' | null =>
  isMobile(normalized) ? null : vk('validation.phoneInvalid');

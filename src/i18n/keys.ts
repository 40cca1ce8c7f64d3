import type { ParseKeys } from 'i18next';

/** Any translation key; checked against the Chinese resource file. */
export type TranslationKey = ParseKeys;

/**
 * Marks a string as a translation key where it is stored for later
 * translation (zod messages, error maps): a typo fails the type check.
 */
export const tk = <K extends TranslationKey>(key: K): K => key;

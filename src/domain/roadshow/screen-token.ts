/**
 * A screen token: 24 random bytes (192 bits) in base64url, 32 characters,
 * made by the stageControl function (node:crypto). It is the only key of the
 * big screen's feed, so anything else in a /screen/ address is not one.
 */
export const SCREEN_TOKEN_BYTES = 24;
export const SCREEN_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export const isScreenToken = (value: string): boolean => SCREEN_TOKEN_PATTERN.test(value);

import { HttpsError } from 'firebase-functions/v2/https';
import type { RegistrationWindow } from '../../src/domain/registration';

/** Beijing time, as the competitions announce their deadlines. */
export function beijingTime(ms: number): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(ms);
}

/** The refusal for a team action outside the submission window; the deadline rides along for the UI. */
export function windowRefusal(window: Exclude<RegistrationWindow, 'open'>, deadline: number): HttpsError {
  const message =
    window === 'closed'
      ? `The submission deadline (${beijingTime(deadline)} Beijing time) has passed: nothing can be changed now.`
      : window === 'not-yet'
        ? 'Registration has not opened yet.'
        : 'This competition is not open for registration.';
  return new HttpsError('failed-precondition', message, { reason: `window-${window}`, deadline });
}

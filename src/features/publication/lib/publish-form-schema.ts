import { z } from 'zod';
import { tk } from '@/i18n/keys';
import { MAX_NOTICE_DAYS, MAX_REASON } from '../api/publish-results';

/**
 * The publish form: whole days of public notice (0 = final at once), whether
 * the public page shows the award confidence, and from version 2 on a reason
 * for the correction (the server refuses one without: `reason-required`).
 * Whether it is a correction may hang on the confidence choice: the same
 * computation published with the other choice is a new version.
 * Messages are translation keys.
 */
export function publishFormSchema(correction: boolean | ((showConfidence: boolean) => boolean)) {
  const days = tk('publication.publish.noticeInvalid');
  const needsReason = typeof correction === 'function' ? correction : () => correction;
  return z
    .object({
      noticeDays: z.coerce
        .number<string | number>({ error: days })
        .int({ error: days })
        .min(0, { error: days })
        .max(MAX_NOTICE_DAYS, { error: days }),
      reason: z
        .string()
        .trim()
        .max(MAX_REASON, { error: tk('publication.publish.reasonTooLong') }),
      showConfidence: z.boolean().default(false),
    })
    .superRefine((values, ctx) => {
      if (values.reason.length === 0 && needsReason(values.showConfidence)) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: tk('publication.publish.reasonRequired') });
      }
    });
}

export type PublishFormInput = z.input<ReturnType<typeof publishFormSchema>>;
export type PublishFormValues = z.output<ReturnType<typeof publishFormSchema>>;

import { z } from 'zod';
import { tk } from '@/i18n/keys';
import { MAX_NOTICE_DAYS, MAX_REASON } from '../api/publish-results';

/**
 * The publish form: whole days of public notice (0 = final at once), and
 * from version 2 on a reason for the correction (the server refuses one
 * without: `reason-required`). Messages are translation keys.
 */
export function publishFormSchema(correction: boolean) {
  const days = tk('publication.publish.noticeInvalid');
  return z.object({
    noticeDays: z.coerce
      .number<string | number>({ error: days })
      .int({ error: days })
      .min(0, { error: days })
      .max(MAX_NOTICE_DAYS, { error: days }),
    reason: z
      .string()
      .trim()
      .max(MAX_REASON, { error: tk('publication.publish.reasonTooLong') })
      .refine((reason) => !correction || reason.length > 0, { error: tk('publication.publish.reasonRequired') }),
  });
}

export type PublishFormInput = z.input<ReturnType<typeof publishFormSchema>>;
export type PublishFormValues = z.output<ReturnType<typeof publishFormSchema>>;

import { z } from 'zod';
import { basicsSchema, type CompetitionTemplate } from '@/domain/settings';
import { tk } from '@/i18n/keys';

/** The create form: where to start, the names (checked as the function checks them), and what to copy. */
export const createSchema = z
  .object({
    template: z.enum(['preset', 'blank', 'copy']),
    title: basicsSchema.shape.title,
    titleEn: basicsSchema.shape.titleEn,
    copyFrom: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.template === 'copy' && !v.copyFrom)
      ctx.addIssue({ code: 'custom', path: ['copyFrom'], message: tk('setup.create.copyRequired') });
  });

export interface CreateValues {
  template: CompetitionTemplate;
  title: string;
  titleEn: string;
  copyFrom: string;
}

export const initialCreateValues: CreateValues = { template: 'preset', title: '', titleEn: '', copyFrom: '' };

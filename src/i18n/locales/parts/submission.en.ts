import type { DeepStrings } from '../zh-CN';
import type { submissionZhCN } from './submission.zh-CN';

export const submissionEn: DeepStrings<typeof submissionZhCN> = {
  title: 'submission',
};

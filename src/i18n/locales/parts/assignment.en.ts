import type { DeepStrings } from '../zh-CN';
import type { assignmentZhCN } from './assignment.zh-CN';

export const assignmentEn: DeepStrings<typeof assignmentZhCN> = {
  title: 'assignment',
};

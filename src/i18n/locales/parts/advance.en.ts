import type { DeepStrings } from '../zh-CN';
import type { advanceZhCN } from './advance.zh-CN';

export const advanceEn: DeepStrings<typeof advanceZhCN> = {
  title: 'Advance',
  nav: 'Advance',
};

import type { DeepStrings } from '../zh-CN';
import type { entryZhCN } from './entry.zh-CN';

export const entryEn: DeepStrings<typeof entryZhCN> = {
  title: 'entry',
};

import type { DeepStrings } from '../zh-CN';
import type { judgingZhCN } from './judging.zh-CN';

export const judgingEn: DeepStrings<typeof judgingZhCN> = {
  title: 'judging',
};

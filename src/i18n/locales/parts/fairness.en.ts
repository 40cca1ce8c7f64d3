import type { DeepStrings } from '../zh-CN';
import type { fairnessZhCN } from './fairness.zh-CN';

export const fairnessEn: DeepStrings<typeof fairnessZhCN> = {
  title: 'Fairness',
  nav: 'Fairness',
};

import type { DeepStrings } from '../zh-CN';
import type { scoringZhCN } from './scoring.zh-CN';

export const scoringEn: DeepStrings<typeof scoringZhCN> = {
  title: 'scoring',
};

import type { DeepStrings } from '../zh-CN';
import type { screenZhCN } from './screen.zh-CN';

export const screenEn: DeepStrings<typeof screenZhCN> = {
  title: 'Big screen',
};

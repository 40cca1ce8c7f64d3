import type { DeepStrings } from '../zh-CN';
import type { teamResultZhCN } from './teamResult.zh-CN';

export const teamResultEn: DeepStrings<typeof teamResultZhCN> = {
  title: 'Results',
  nav: 'Results',
};

import type { DeepStrings } from '../zh-CN';
import type { roadshowZhCN } from './roadshow.zh-CN';

export const roadshowEn: DeepStrings<typeof roadshowZhCN> = {
  title: 'Roadshow scoring',
};

import type { DeepStrings } from '../zh-CN';
import type { dashboardZhCN } from './dashboard.zh-CN';

export const dashboardEn: DeepStrings<typeof dashboardZhCN> = {
  title: 'Live progress',
  nav: 'Live progress',
};

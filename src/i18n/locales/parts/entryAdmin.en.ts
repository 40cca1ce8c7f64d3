import type { DeepStrings } from '../zh-CN';
import type { entryAdminZhCN } from './entryAdmin.zh-CN';

export const entryAdminEn: DeepStrings<typeof entryAdminZhCN> = {
  title: 'Entries',
  nav: 'Entries',
};

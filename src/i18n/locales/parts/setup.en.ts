import type { DeepStrings } from '../zh-CN';
import type { setupZhCN } from './setup.zh-CN';

export const setupEn: DeepStrings<typeof setupZhCN> = {
  title: 'Competition settings',
  nav: 'Settings',
  create: { title: 'Create a competition', nav: 'Create a competition' },
};

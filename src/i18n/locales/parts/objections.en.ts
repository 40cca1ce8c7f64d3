import type { DeepStrings } from '../zh-CN';
import type { objectionsZhCN } from './objections.zh-CN';

export const objectionsEn: DeepStrings<typeof objectionsZhCN> = {
  title: 'Objections',
  nav: 'Objections',
};

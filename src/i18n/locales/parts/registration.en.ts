import type { DeepStrings } from '../zh-CN';
import type { registrationZhCN } from './registration.zh-CN';

export const registrationEn: DeepStrings<typeof registrationZhCN> = {
  title: 'registration',
};

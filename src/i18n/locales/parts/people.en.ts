import type { DeepStrings } from '../zh-CN';
import type { peopleZhCN } from './people.zh-CN';

export const peopleEn: DeepStrings<typeof peopleZhCN> = {
  title: 'People and invitations',
  nav: 'People',
  invite: { title: 'Accept an invitation' },
};

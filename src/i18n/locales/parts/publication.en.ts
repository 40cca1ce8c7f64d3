import type { DeepStrings } from '../zh-CN';
import type { publicationZhCN } from './publication.zh-CN';

export const publicationEn: DeepStrings<typeof publicationZhCN> = {
  title: 'Publish and export',
  nav: 'Publish and export',
};

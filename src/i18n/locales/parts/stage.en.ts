import type { DeepStrings } from '../zh-CN';
import type { stageZhCN } from './stage.zh-CN';

export const stageEn: DeepStrings<typeof stageZhCN> = {
  title: 'Roadshow stage',
  nav: 'Roadshow stage control',
};

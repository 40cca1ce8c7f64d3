import type { DeepStrings } from '../zh-CN';
import type { deckZhCN } from './deck.zh-CN';

export const deckEn: DeepStrings<typeof deckZhCN> = {
  title: 'deck',
};

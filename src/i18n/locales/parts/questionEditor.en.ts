import type { DeepStrings } from '../zh-CN';
import type { questionEditorZhCN } from './questionEditor.zh-CN';

export const questionEditorEn: DeepStrings<typeof questionEditorZhCN> = {
  title: 'Extra questions on the entry form',
};

import type { DeepStrings } from '../zh-CN';
import type { rubricEditorZhCN } from './rubricEditor.zh-CN';

export const rubricEditorEn: DeepStrings<typeof rubricEditorZhCN> = {
  title: 'Rubric',
};

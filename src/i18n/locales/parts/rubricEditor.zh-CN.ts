export const rubricEditorZhCN = {
  title: '评分标准',
};

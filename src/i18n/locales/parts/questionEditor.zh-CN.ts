export const questionEditorZhCN = {
  title: '报名表附加问题',
};

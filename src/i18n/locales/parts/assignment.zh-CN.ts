export const assignmentZhCN = {
  title: 'assignment',
};

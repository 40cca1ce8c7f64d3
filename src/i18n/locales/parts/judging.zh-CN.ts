export const judgingZhCN = {
  title: 'judging',
};

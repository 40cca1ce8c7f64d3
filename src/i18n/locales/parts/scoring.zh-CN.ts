export const scoringZhCN = {
  title: 'scoring',
};

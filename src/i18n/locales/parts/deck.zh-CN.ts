// 路演材料上传 (deck.*): Chinese. Kept in its own file so each part of the team
// journey edits its own messages; zh-CN.ts includes it.
export const deckZhCN = {
  title: '路演材料上传',
};

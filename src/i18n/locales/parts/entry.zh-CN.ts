// 参赛作品表单 (entry.*): Chinese. Kept in its own file so each part of the team
// journey edits its own messages; zh-CN.ts includes it.
export const entryZhCN = {
  title: '参赛作品表单',
};

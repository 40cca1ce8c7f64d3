// 提交与回执 (submission.*): Chinese. Kept in its own file so each part of the team
// journey edits its own messages; zh-CN.ts includes it.
export const submissionZhCN = {
  title: '提交与回执',
};

// 报名表单 (registration.*): Chinese. Kept in its own file so each part of the team
// journey edits its own messages; zh-CN.ts includes it.
export const registrationZhCN = {
  title: '报名表单',
};

// 操作记录 (auditLog.*). Chinese.
export const auditLogZhCN = {
  title: '操作记录',
  nav: '操作记录',
};

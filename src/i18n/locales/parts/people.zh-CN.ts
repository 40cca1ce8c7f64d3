export const peopleZhCN = {
  title: '人员与邀请',
  nav: '人员',
  invite: { title: '接受邀请' },
};

import type { DeepStrings } from '../zh-CN';
import type { auditLogZhCN } from './auditLog.zh-CN';

export const auditLogEn: DeepStrings<typeof auditLogZhCN> = {
  title: 'Audit log',
  nav: 'Audit log',
};

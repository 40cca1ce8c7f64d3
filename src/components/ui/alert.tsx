import type { ReactNode } from 'react';
import styles from './feedback.module.css';

export type AlertTone = 'info' | 'success' | 'error' | 'warning';

/** A message box. Errors are announced (role=alert), the rest politely. */
export function Alert({ tone = 'info', children }: { tone?: AlertTone; children: ReactNode }) {
  return (
    <div className={[styles.alert, styles[tone]].join(' ')} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';
import styles from './surface.module.css';

interface StatusPageProps {
  /** A big code such as 404, or nothing. */
  code?: string;
  title: string;
  body: ReactNode;
  actions?: ReactNode;
  testId?: string;
}

/** Full-width message pages: not found, no access, nothing yet. */
export function StatusPage({ code, title, body, actions, testId }: StatusPageProps) {
  return (
    <div className={styles.statusPage} data-testid={testId}>
      {code && (
        <p className={styles.statusCode} aria-hidden="true">
          {code}
        </p>
      )}
      <h1>{title}</h1>
      <div className={styles.statusBody}>{body}</div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}

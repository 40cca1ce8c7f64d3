import type { ReactNode } from 'react';
import styles from './surface.module.css';

interface PageHeaderProps {
  title: string;
  eyebrow?: ReactNode;
  meta?: ReactNode;
}

/** The page's one h1, with a small line above and facts below. */
export function PageHeader({ title, eyebrow, meta }: PageHeaderProps) {
  return (
    <header className={styles.pageHeader}>
      {eyebrow && <p className={styles.eyebrow}>{eyebrow}</p>}
      <h1>{title}</h1>
      {meta && <div className={styles.meta}>{meta}</div>}
    </header>
  );
}

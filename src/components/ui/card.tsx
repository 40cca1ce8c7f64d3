import { useId, type ReactNode } from 'react';
import styles from './surface.module.css';

interface CardProps {
  title?: string;
  /** Shown at the right of the title (a count, a badge). */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled section: a landmark named by its heading. */
export function Card({ title, aside, children, className }: CardProps) {
  const headingId = useId();
  return (
    <section
      className={[styles.card, className].filter(Boolean).join(' ')}
      aria-labelledby={title ? headingId : undefined}
    >
      {title && (
        <div className={styles.cardHeader}>
          <h2 id={headingId} className={styles.cardTitle}>
            {title}
          </h2>
          {aside}
        </div>
      )}
      {children}
    </section>
  );
}

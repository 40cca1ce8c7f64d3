import type { ReactNode, TableHTMLAttributes } from 'react';
import styles from './surface.module.css';

/**
 * A simple data table; scrolls inside its card if ever too wide. The
 * scrolling box takes keyboard focus, so that it can be scrolled without a
 * mouse (WCAG 2.1.1); a label given to the table names the box too.
 */
export function Table({ children, ...rest }: TableHTMLAttributes<HTMLTableElement>) {
  const named = rest['aria-label'] || rest['aria-labelledby'];
  return (
    <div
      className={styles.tableWrap}
      tabIndex={0}
      {...(named
        ? { role: 'region', 'aria-label': rest['aria-label'], 'aria-labelledby': rest['aria-labelledby'] }
        : {})}
    >
      <table className={styles.table} {...rest}>
        {children}
      </table>
    </div>
  );
}

export const numericCell = styles.numeric;

export function Details({ items }: { items: { term: string; value: ReactNode }[] }) {
  return (
    <dl className={styles.details}>
      {items.map((item) => (
        <div key={item.term} style={{ display: 'contents' }}>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

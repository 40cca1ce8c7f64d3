import type { ReactNode, TableHTMLAttributes } from 'react';
import styles from './surface.module.css';

/** A simple data table; scrolls inside its card if ever too wide. */
export function Table({ children, ...rest }: TableHTMLAttributes<HTMLTableElement>) {
  return (
    <div className={styles.tableWrap}>
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

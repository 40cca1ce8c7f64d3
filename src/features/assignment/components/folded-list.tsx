import { useState } from 'react';
import { Button } from '@/components/ui/button';
import styles from './assignment.module.css';

/** A list of texts that shows its first items and a button for the rest (reasons, warnings). */
export function FoldedList({
  items,
  first,
  testId,
  showAllLabel,
}: {
  items: string[];
  first: number;
  testId: string;
  showAllLabel: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  return (
    <>
      <ul className={styles.problems} data-testid={testId}>
        {shown.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {shown.length < items.length && (
        <div>
          <Button variant="secondary" onClick={() => setAll(true)}>
            {showAllLabel}
          </Button>
        </div>
      )}
    </>
  );
}

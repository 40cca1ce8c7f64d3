import { useTranslation } from 'react-i18next';
import type { MissingItem } from '@/domain/registration';
import styles from './submission.module.css';

interface MissingListProps {
  items: readonly MissingItem[];
  label: (field: string) => string;
  onFocusField: (field: string) => void;
}

/** What is missing, each item a button that takes the team to the field. */
export function MissingList({ items, label, onFocusField }: MissingListProps) {
  const { t } = useTranslation();
  return (
    <ul className={styles.missing}>
      {items.map((item) => (
        <li key={item.field}>
          <button type="button" className={styles.jump} onClick={() => onFocusField(item.field)}>
            <span className={styles.jumpField}>{label(item.field)}</span>
            <span className={styles.jumpProblem}>{t(item.key)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

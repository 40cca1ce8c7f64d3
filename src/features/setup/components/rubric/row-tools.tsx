import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import styles from './editor.module.css';

export type EditorNs = 'rubricEditor' | 'questionEditor';

interface RowToolsProps {
  ns: EditorNs;
  /** The row's name for screen readers, e.g. '评分项 2 技术创新'. */
  name: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** Prefix of the buttons' ids, so a moved row's button can take the focus back. */
  idPrefix: string;
}

/** Up, down and remove for one row of a list. */
export function RowTools({ ns, name, index, count, onMove, onRemove, idPrefix }: RowToolsProps) {
  const { t } = useTranslation();
  const move = (to: number, which: 'up' | 'down') => {
    onMove(index, to);
    // The row moved under the pointer: keep the focus on the same button of the same row.
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-${which}`)?.focus());
  };
  return (
    <div className={styles.tools}>
      <Button
        id={`${idPrefix}-up`}
        variant="ghost"
        className={styles.toolButton}
        disabled={index === 0}
        aria-label={t(`${ns}.rows.moveUpLabel`, { name })}
        onClick={() => move(index - 1, 'up')}
      >
        <span aria-hidden="true">↑ </span>
        {t(`${ns}.rows.moveUp`)}
      </Button>
      <Button
        id={`${idPrefix}-down`}
        variant="ghost"
        className={styles.toolButton}
        disabled={index === count - 1}
        aria-label={t(`${ns}.rows.moveDownLabel`, { name })}
        onClick={() => move(index + 1, 'down')}
      >
        <span aria-hidden="true">↓ </span>
        {t(`${ns}.rows.moveDown`)}
      </Button>
      <Button
        variant="ghost"
        className={[styles.toolButton, styles.danger].join(' ')}
        aria-label={t(`${ns}.rows.removeLabel`, { name })}
        onClick={() => onRemove(index)}
      >
        {t(`${ns}.rows.remove`)}
      </Button>
    </div>
  );
}

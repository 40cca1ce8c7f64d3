import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import styles from './settings.module.css';

interface ItemActionsProps {
  /** The item's name for screen readers ("赛道 2"). */
  item: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** Move up, move down and remove for one item of a list in a settings form. */
export function ItemActions({ item, index, count, onMove, onRemove }: ItemActionsProps) {
  const { t } = useTranslation();
  const label = (action: string) => t('setup.list.itemActions', { item, action });
  return (
    <div className={styles.itemActions}>
      <Button
        variant="ghost"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
        aria-label={label(t('setup.list.moveUp'))}
      >
        ↑
      </Button>
      <Button
        variant="ghost"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
        aria-label={label(t('setup.list.moveDown'))}
      >
        ↓
      </Button>
      <Button variant="ghost" onClick={() => onRemove(index)} aria-label={label(t('setup.list.remove'))}>
        {t('setup.list.remove')}
      </Button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Button, Progress } from '@/components/ui';
import { formatSize } from './format-size';
import styles from './deck.module.css';

/** The bar of an upload in flight, with its Cancel button. */
export function UploadProgress({ sent, total, onCancel }: { sent: number; total: number; onCancel: () => void }) {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.floor((sent / total) * 100) : 0;
  return (
    <div className={styles.progress} data-testid="upload-progress">
      <Progress
        value={sent}
        max={total}
        label={t('deck.progressLabel')}
        text={t('deck.progress', { percent, sent: formatSize(sent), total: formatSize(total) })}
      />
      <Button variant="secondary" onClick={onCancel}>
        {t('deck.cancel')}
      </Button>
    </div>
  );
}

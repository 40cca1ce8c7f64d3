import { useTranslation } from 'react-i18next';
import { useAsync } from '@/lib/async/use-async';
import { entryFileUrl } from '../api/entry-files';
import styles from './entry-admin.module.css';

/** A file the team uploaded as an answer: a download link (organizers may read it, storage.rules). */
export function FileAnswerLink({ path }: { path: string }) {
  const { t } = useTranslation();
  const url = useAsync(path, () => entryFileUrl(path));
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (url.status === 'loading') return <span className={styles.muted}>{t('entryAdmin.detail.fileLoading')}</span>;
  if (url.status === 'error') return <span className={styles.error}>{t('entryAdmin.detail.fileError')}</span>;
  return (
    <a href={url.data} target="_blank" rel="noopener noreferrer" download={name}>
      {t('entryAdmin.detail.file', { name })}
    </a>
  );
}

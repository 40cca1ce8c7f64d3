import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { PaginatedLoadMore } from '@/components/ui/load-more';
import { Skeleton } from '@/components/ui/skeleton';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { PAGE_SIZE } from '@/lib/async/pagination';
import { usePaginated } from '@/lib/async/use-paginated';
import { listOrganizedCompetitions, type OrganizedCompetition } from '../../api/organized-competitions';
import styles from './create.module.css';

interface CopySourceListProps {
  uid: string;
  field: UseFormRegisterReturn<'copyFrom'>;
  error?: string;
  /** The list to choose from: the user's organized competitions in the app, a fixed page in tests. */
  load?: typeof listOrganizedCompetitions;
}

/** The competitions the user organizes, one to copy. */
export function CopySourceList({ uid, field, error, load = listOrganizedCompetitions }: CopySourceListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const list = usePaginated<OrganizedCompetition>(`organized:${uid}`, (cursor) => load(uid, cursor, PAGE_SIZE));

  return (
    <fieldset className={styles.copyList} aria-describedby={error ? 'copy-from-error' : undefined}>
      <legend className={styles.legend}>{t('setup.create.copy.legend')}</legend>
      {list.status === 'loading' && (
        <>
          <p className={styles.muted}>{t('setup.create.copy.loading')}</p>
          <Skeleton lines={2} />
        </>
      )}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.retry} />}
      {list.status === 'success' && list.items.length === 0 && !list.hasMore && (
        <p className={styles.muted}>{t('setup.create.copy.none')}</p>
      )}
      {list.status === 'success' &&
        list.items.map((c) => (
          <label key={c.id} className={styles.choice}>
            <input type="radio" value={c.id} {...field} />
            <span>{pickLocalized(language, c.title, c.titleEn)}</span>
          </label>
        ))}
      {list.status === 'success' && <PaginatedLoadMore list={list} />}
      {error && (
        <p id="copy-from-error" className={styles.error} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import styles from './judge-home.module.css';

interface WorkPagerProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

/** Previous / page x of n / next: fits one line at 375 px. */
export function WorkPager({ page, pageCount, onPage }: WorkPagerProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pager} aria-label={t('judging.pager.label')}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('judging.pager.previous')}
      </Button>
      <span className={styles.pageOf} aria-live="polite">
        {t('judging.pager.page', { page, pages: pageCount })}
      </span>
      <Button variant="secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t('judging.pager.next')}
      </Button>
    </nav>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultRow } from '@/domain/results';
import { LoadMore } from '@/components/ui/load-more';
import { numericCell, Table } from '@/components/ui/table';
import { RESULTS_PAGE_SIZE } from '../hooks/compute-preview';
import type { PreviewLabels } from '../hooks/use-labels';
import styles from './results-preview.module.css';

interface UnrankedListProps {
  rows: ResultRow[];
  minSheets: number;
  labels: PreviewLabels;
}

/** A group's entries that are not ranked, with why and their sheet count. */
export function UnrankedList({ rows, minSheets, labels }: UnrankedListProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(RESULTS_PAGE_SIZE);
  return (
    <>
      <h3 className={styles.subheading}>
        {t('results.unranked.title')} <span className={styles.muted}>({rows.length})</span>
      </h3>
      <Table aria-label={`${labels.track(rows[0]?.group ?? null)} · ${t('results.unranked.title')}`}>
        <thead>
          <tr>
            <th scope="col">{t('results.columns.code')}</th>
            <th scope="col">{t('results.columns.title')}</th>
            <th scope="col" className={numericCell}>
              {t('results.columns.sheets')}
            </th>
            <th scope="col">{t('results.columns.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row) => (
            <tr key={row.entryId} data-testid="unranked-row">
              <td className={styles.code}>{labels.code(row.entryId)}</td>
              <td>{row.title || '—'}</td>
              <td className={numericCell}>{t('results.unranked.sheetsOf', { sheets: row.sheets, min: minSheets })}</td>
              <td>{row.note === 'insufficient-sheets' ? t('results.unranked.insufficientSheets') : row.note}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <LoadMore
        hasMore={shown < rows.length}
        loading={false}
        error={null}
        onLoadMore={() => setShown((n) => n + RESULTS_PAGE_SIZE)}
      />
    </>
  );
}

import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvanceCut, CutRow } from '@/domain/advance';
import type { Competition } from '@/domain/model';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { numericCell, Table } from '@/components/ui/table';
import { useLanguage } from '@/i18n/use-language';
import type { EntryLabel } from '../api/advance-data';
import { trackName } from './round-labels';
import styles from './advance.module.css';

/** Entries shown below the cut line, for context; the rest are counted. */
const SHOWN_BELOW = 3;

interface CutPreviewProps {
  competition: Competition;
  cut: AdvanceCut;
  entries: ReadonlyMap<string, EntryLabel>;
  unranked: number;
  /** An overall cut of results ranked per track: said, since tracks then compare by score alone. */
  acrossTracks: boolean;
  onToggle: (entryId: string, advances: boolean) => void;
}

/** Who advances, group by group, with the cut line and a box to leave out each entry tied on it. */
export function CutPreview({ competition, cut, entries, unranked, acrossTracks, onToggle }: CutPreviewProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const score = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const label = (id: string) => entries.get(id) ?? { code: id, title: '', trackId: '' };

  const outcome = (row: CutRow) => {
    const { code } = label(row.entryId);
    switch (row.status) {
      case 'advances':
        return <Badge tone="success">{t('advance.preview.advances')}</Badge>;
      case 'out':
        return <span className={styles.muted}>{t('advance.preview.out')}</span>;
      default:
        return (
          <label className={styles.keep}>
            <input
              type="checkbox"
              checked={row.status === 'tied'}
              aria-label={t('advance.preview.keep', { code })}
              onChange={(e) => onToggle(row.entryId, e.target.checked)}
            />
            <span>{t(row.status === 'tied' ? 'advance.preview.tiedAdvances' : 'advance.preview.tiedExcluded')}</span>
          </label>
        );
    }
  };

  return (
    <Card title={t('advance.preview.title')}>
      <div className={styles.stack} data-testid="cut-preview">
        <p className={styles.summary} role="status">
          {t('advance.preview.summary', { count: cut.entryIds.length })}
          {cut.tiedAtCut.length > 0 && (
            <>
              {' · '}
              {t('advance.preview.tied', { count: cut.tiedAtCut.length })}
            </>
          )}
          {cut.excluded.length > 0 && (
            <>
              {' · '}
              {t('advance.preview.excluded', { count: cut.excluded.length })}
            </>
          )}
        </p>
        {cut.tiedAtCut.length > 0 && <p className={styles.muted}>{t('advance.preview.tiedHelp')}</p>}
        {acrossTracks && <p className={styles.muted}>{t('advance.scope.overallAcrossTracks')}</p>}
        {unranked > 0 && <p className={styles.muted}>{t('advance.preview.unranked', { count: unranked })}</p>}
        {cut.groups.map((group) => {
          const inside = group.rows.filter((r) => r.status !== 'out');
          const below = group.rows.filter((r) => r.status === 'out');
          const title = trackName(competition, group.track, language, t('advance.preview.overallGroup'));
          return (
            <div key={group.track ?? ''} className={styles.group}>
              <h3 className={styles.groupTitle}>{title}</h3>
              {group.rows.length === 0 ? (
                <p className={styles.muted}>{t('advance.preview.nothing')}</p>
              ) : (
                <Table aria-label={title}>
                  <thead>
                    <tr>
                      <th className={styles.rank}>{t('advance.preview.rank')}</th>
                      <th>{t('advance.preview.entry')}</th>
                      <th className={numericCell}>{t('advance.preview.score')}</th>
                      <th>{t('advance.preview.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...inside, ...below.slice(0, SHOWN_BELOW)].map((row, i) => {
                      const { code, title: entryTitle } = label(row.entryId);
                      const rowClass =
                        row.status === 'tied' || row.status === 'excluded'
                          ? styles.tiedRow
                          : row.status === 'out'
                            ? styles.outRow
                            : undefined;
                      return (
                        <Fragment key={row.entryId}>
                          {i === inside.length && (
                            <tr className={styles.cutRow} aria-hidden="true">
                              <td colSpan={4}>
                                <span className={styles.cutLabel}>{t('advance.preview.cutLine')}</span>
                              </td>
                            </tr>
                          )}
                          <tr className={rowClass} data-entry={row.entryId} data-status={row.status}>
                            <td className={styles.rank}>{row.rank}</td>
                            <td className={styles.entry}>
                              <span className={styles.code}>{code}</span>
                              {entryTitle && <span className={styles.entryTitle}>{entryTitle}</span>}
                            </td>
                            <td className={numericCell}>{score.format(row.score)}</td>
                            <td className={styles.outcome}>{outcome(row)}</td>
                          </tr>
                        </Fragment>
                      );
                    })}
                  </tbody>
                </Table>
              )}
              {below.length > SHOWN_BELOW && (
                <p className={styles.muted}>{t('advance.preview.moreBelow', { count: below.length - SHOWN_BELOW })}</p>
              )}
            </div>
          );
        })}
      </div>
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { StatusPage } from '@/components/ui/status-page';
import type { Competition } from '@/domain/model';
import { useAsync } from '@/lib/async/use-async';
import { errorKind } from '@/lib/errors';
import { paths } from '@/lib/paths';
import { getReceipt } from '../../api/submission-receipt';
import { ReceiptView } from './receipt-view';
import styles from './receipt.module.css';

interface TeamReceiptProps {
  competition: Competition;
  entryId: string;
}

/**
 * `/c/:cid/team/entries/:eid/receipt`: the receipt of a submitted entry, read
 * from the server when opened. Not submitted (yet, or any more): no receipt,
 * and the way back to the entry. Missing or someone else's: one page for
 * both, so the URL tells nothing about other teams' entries.
 */
export function TeamReceipt({ competition, entryId }: TeamReceiptProps) {
  const { t } = useTranslation();
  const state = useAsync(`${competition.id}/${entryId}`, () => getReceipt(competition.id, entryId));
  const teamHome = paths.roleHome(competition.id, 'team');

  if (state.status === 'loading') {
    return (
      <Card>
        <Skeleton lines={6} />
      </Card>
    );
  }
  if (state.status === 'error') {
    const kind = errorKind(state.error);
    if (kind !== 'not-found' && kind !== 'permission') return <ErrorState error={state.error} onRetry={state.retry} />;
    return (
      <StatusPage
        testId="entry-not-found"
        title={t('submission.receipt.noAccessTitle')}
        body={<p>{t('submission.receipt.noAccessBody')}</p>}
        actions={
          <Link className={buttonClass('primary')} to={teamHome}>
            {t('submission.receipt.teamHome')}
          </Link>
        }
      />
    );
  }
  const { entry } = state.data;
  if (entry.status !== 'submitted') {
    return (
      <StatusPage
        testId="no-receipt"
        title={t('submission.receipt.notYetTitle')}
        body={<p>{t('submission.receipt.notYetBody', { status: t(`competition.entryStatus.${entry.status}`) })}</p>}
        actions={
          <Link className={buttonClass('primary')} to={paths.teamEntry(competition.id, entry.id)}>
            {t('submission.receipt.back')}
          </Link>
        }
      />
    );
  }
  return (
    <div className={styles.page} data-print-receipt="">
      <ReceiptView competition={competition} receipt={state.data} />
    </div>
  );
}

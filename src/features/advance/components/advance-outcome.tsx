import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Advancement, Competition } from '@/domain/model';
import { Alert } from '@/components/ui/alert';
import { useLanguage } from '@/i18n/use-language';
import { paths } from '@/lib/paths';
import type { AdvanceErrorKind } from '../api/advance-error';
import type { AdvanceRunState } from '../hooks/use-advance-run';
import { roundName } from './round-labels';
import styles from './advance.module.css';

const errorKey = {
  'not-computed': 'advance.errors.not-computed',
  'round-closed': 'advance.errors.round-closed',
  'not-tied': 'advance.errors.not-tied',
  'entries-changed': 'advance.errors.entries-changed',
  'too-many-pairs': 'advance.errors.too-many-pairs',
  invalid: 'advance.errors.invalid',
  permission: 'advance.errors.permission',
  'not-found': 'advance.errors.not-found',
  network: 'advance.errors.network',
  unknown: 'advance.errors.unknown',
} as const satisfies Record<AdvanceErrorKind, string>;

interface AdvanceOutcomeProps {
  competition: Competition;
  state: AdvanceRunState;
  codeOf: (entryId: string) => string;
  judgeName: (uid: string) => string;
}

/** What the last advancement did (entries, assignments made, conflicts skipped), or why it failed. */
export function AdvanceOutcome({ competition, state, codeOf, judgeName }: AdvanceOutcomeProps) {
  const { t } = useTranslation();
  if (state.status === 'failed') {
    const codes = state.error.entryIds.map(codeOf).join(', ');
    return (
      <Alert tone="error">
        <p>
          <strong>{t('advance.errors.title')}</strong>
        </p>
        <p>{t(errorKey[state.error.kind], { codes })}</p>
      </Alert>
    );
  }
  if (state.status !== 'done') return null;
  return <AdvanceDone competition={competition} result={state.result} codeOf={codeOf} judgeName={judgeName} />;
}

interface AdvanceDoneProps {
  competition: Competition;
  result: Advancement;
  codeOf: (entryId: string) => string;
  judgeName: (uid: string) => string;
}

function AdvanceDone({ competition, result, codeOf, judgeName }: AdvanceDoneProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const round = competition.rounds.find((r) => r.id === result.toRoundId);
  const { added, removed, keptWithSheet, skipped } = result.assignments;
  return (
    <Alert tone="success">
      <div className={styles.stack} data-testid="advance-result">
        <p>
          <strong>{t('advance.result.title')}</strong>
        </p>
        <p>
          {t('advance.result.advanced', {
            count: result.entryIds.length,
            round: roundName(competition, result.toRoundId, language),
          })}
        </p>
        <p>{t('advance.result.assignments', { added, removed })}</p>
        {keptWithSheet > 0 && <p>{t('advance.result.kept', { count: keptWithSheet })}</p>}
        {skipped.length > 0 && (
          <>
            <p>{t('advance.result.skipped', { count: skipped.length })}</p>
            <ul className={styles.list}>
              {skipped.map((p) => (
                <li key={`${p.judgeUid} ${p.entryId}`}>
                  {t('advance.result.skippedPair', {
                    judge: judgeName(p.judgeUid),
                    code: codeOf(p.entryId),
                    reason: t(
                      p.reason === 'organization'
                        ? 'advance.result.reasonOrganization'
                        : 'advance.result.reasonConflict',
                    ),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {round?.kind !== 'roadshow' && (
          <p>
            {t('advance.result.assignLater')}{' '}
            <Link to={paths.organizerAssignment(competition.id)}>{t('advance.result.toAssignment')}</Link>
          </p>
        )}
      </div>
    </Alert>
  );
}

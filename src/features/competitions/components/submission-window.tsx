import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import { registrationWindow, type RegistrationWindow } from '@/domain/registration';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { useFormatDuration } from '@/i18n/use-duration';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import styles from './explore.module.css';

const stateKey = {
  open: 'explore.state.open',
  'not-yet': 'explore.state.notYet',
  closed: 'explore.state.closed',
  unavailable: 'explore.state.unavailable',
} as const;

const stateTone: Record<RegistrationWindow, BadgeTone> = {
  open: 'success',
  'not-yet': 'primary',
  closed: 'neutral',
  unavailable: 'neutral',
};

/** "报名中" / "即将开放" / "已截止" as a badge. */
export function WindowBadge({ state }: { state: RegistrationWindow }) {
  const { t } = useTranslation();
  return <Badge tone={stateTone[state]}>{t(stateKey[state])}</Badge>;
}

/**
 * The submission window in Beijing time, with the time left to the deadline
 * (or to the opening) counted down by the minute.
 */
export function SubmissionWindow({ competition, now }: { competition: Competition; now: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formatDuration = useFormatDuration();
  const { submissionOpensAt: opens, submissionDeadline: deadline } = competition;
  // The viewer's clock: a hint only, the server decides on registration.
  const state = registrationWindow(competition, now);

  const countdown =
    state === 'open'
      ? { text: t('explore.timeLeft', { time: formatDuration(deadline - now) }), className: styles.left }
      : state === 'not-yet'
        ? { text: t('explore.opensIn', { time: formatDuration(opens - now) }), className: styles.soon }
        : { text: t(state === 'closed' ? 'explore.closed' : 'explore.notOpen'), className: styles.muted };

  return (
    <div className={styles.window}>
      <p className={styles.range}>
        {opens > 0
          ? t('explore.windowRange', {
              from: formatDateTime(opens, language),
              to: formatDateTime(deadline, language),
            })
          : t('explore.deadlineOnly', { date: formatDateTime(deadline, language) })}
      </p>
      <p className={countdown.className}>{countdown.text}</p>
    </div>
  );
}

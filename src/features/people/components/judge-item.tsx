import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { Competition, Member } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { useAsync } from '@/lib/async/use-async';
import { loadJudgeProgress } from '../api/members';
import { removeMember } from '../api/people-callables';
import { usePeopleErrorMessage } from '../hooks/use-people-error';
import { ConfirmAction } from './confirm-action';
import { JudgeProfileEditor } from './judge-profile-editor';
import styles from './people.module.css';

interface JudgeItemProps {
  competition: Competition;
  judge: Member;
  /** The open round, whose progress is shown; null: all rounds. */
  roundId: string | null;
  onSaved: (judge: Member) => void;
  /** With the translated outcome (what stayed, what went). */
  onRemoved: (message: string) => void;
}

export function JudgeItem({ competition, judge, roundId, onSaved, onRemoved }: JudgeItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorMessage = usePeopleErrorMessage();
  const [editing, setEditing] = useState(false);
  const name = judge.displayName || judge.email;
  const trackNames = competition.tracks
    .filter((tr) => judge.trackIds.includes(tr.id))
    .map((tr) => pickLocalized(language, tr.name, tr.nameEn));

  const remove = async () => {
    try {
      const outcome = await removeMember({ competitionId: competition.id, uid: judge.uid });
      onRemoved(t('people.judges.removed', { name, ...outcome }));
    } catch (error) {
      throw new Error(errorMessage(error));
    }
  };

  const list = (values: string[]) => (values.length ? values.join('、') : t('people.judges.none'));
  return (
    <li className={styles.item} data-testid="judge" data-email={judge.email}>
      <div className={styles.itemHead}>
        <p className={styles.person}>
          <span className={styles.name}>{name}</span>
          <span className={styles.email}>{judge.email}</span>
        </p>
        <JudgeProgressBadge competitionId={competition.id} uid={judge.uid} name={name} roundId={roundId} />
      </div>
      <dl className={styles.facts}>
        <dt>{t('people.judges.tracks')}</dt>
        <dd data-testid="judge-tracks">{trackNames.length ? trackNames.join('、') : t('people.judges.everyTrack')}</dd>
        <dt>{t('people.judges.tags')}</dt>
        <dd data-testid="judge-tags">{list(judge.tags)}</dd>
        <dt>{t('people.judges.organizations')}</dt>
        <dd>{list(judge.organizations)}</dd>
      </dl>
      {judge.conflicts.length > 0 && (
        <p className={styles.hint}>{t('people.judges.conflicts', { count: judge.conflicts.length })}</p>
      )}
      <div className={styles.actions}>
        <Button variant="secondary" aria-expanded={editing} onClick={() => setEditing((v) => !v)}>
          {editing ? t('people.judges.closeEdit') : t('people.judges.edit')}
        </Button>
        <ConfirmAction
          label={t('people.judges.remove')}
          question={t('people.judges.removeConfirm', { name })}
          confirmLabel={t('people.judges.removeYes')}
          pendingLabel={t('people.judges.removing')}
          variant="ghost"
          onConfirm={remove}
        />
      </div>
      {editing && (
        <JudgeProfileEditor
          competition={competition}
          judge={judge}
          onSaved={(profile) => onSaved({ ...judge, ...profile })}
        />
      )}
    </li>
  );
}

interface ProgressProps {
  competitionId: string;
  uid: string;
  name: string;
  roundId: string | null;
}

/** Two count queries per judge on the page, no documents read. */
function JudgeProgressBadge({ competitionId, uid, name, roundId }: ProgressProps) {
  const { t } = useTranslation();
  const progress = useAsync(`${competitionId}/${uid}/${roundId ?? ''}`, () =>
    loadJudgeProgress(competitionId, uid, roundId),
  );
  if (progress.status === 'loading') return <Badge>…</Badge>;
  if (progress.status === 'error') return <Badge tone="warning">{t('people.judges.progressFailed')}</Badge>;
  const { submitted, assigned } = progress.data;
  const done = assigned > 0 && submitted >= assigned;
  return (
    <span data-testid="judge-progress">
      <span className="visually-hidden">{t('people.judges.progressLabel', { name })}: </span>
      <Badge tone={done ? 'success' : 'neutral'}>{t('people.judges.progress', { submitted, assigned })}</Badge>
    </span>
  );
}

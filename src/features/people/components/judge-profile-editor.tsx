import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Competition, Member } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { errorKind } from '@/lib/errors';
import { updateJudgeProfile, type JudgeProfile } from '../api/members';
import { ChipInput } from './chip-input';
import { ConflictPicker } from './conflict-picker';
import styles from './people.module.css';

// The rules' limits on a judge's profile (firestore.rules, validJudgeProfile).
const LIMITS = {
  tags: { count: 20, length: 64 },
  organizations: { count: 10, length: 200 },
  conflicts: { count: 500 },
} as const;

interface JudgeProfileEditorProps {
  competition: Competition;
  judge: Member;
  onSaved: (profile: JudgeProfile) => void;
}

/**
 * An organizer edits a judge's expertise, organizations, conflicts and track
 * pool: the four fields the rules let organizers write on a judge's member doc.
 */
export function JudgeProfileEditor({ competition, judge, onSaved }: JudgeProfileEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const [profile, setProfile] = useState<JudgeProfile>({
    tags: judge.tags,
    organizations: judge.organizations,
    conflicts: judge.conflicts,
    trackIds: judge.trackIds,
  });
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [error, setError] = useState<unknown>(null);
  const change = (patch: Partial<JudgeProfile>) => {
    setProfile((p) => ({ ...p, ...patch }));
    setState('idle');
  };
  const toggleTrack = (trackId: string, on: boolean) =>
    change({
      trackIds: on ? [...profile.trackIds, trackId] : profile.trackIds.filter((tid) => tid !== trackId),
    });

  const save = async () => {
    setState('saving');
    setError(null);
    try {
      await updateJudgeProfile(competition.id, judge.uid, profile);
      setState('saved');
      onSaved(profile);
    } catch (err) {
      setError(err);
      setState('failed');
    }
  };

  const name = judge.displayName || judge.email;
  const failure = {
    network: 'people.errors.network',
    permission: 'people.errors.permission',
    'not-found': 'people.errors.notFound',
    unknown: 'people.errors.unknown',
  } as const;
  return (
    <section className={styles.editor} aria-label={t('people.profile.title', { name })} data-testid="judge-profile">
      <ChipInput
        label={t('people.profile.tags')}
        hint={t('people.profile.tagsHint')}
        values={profile.tags}
        onChange={(tags) => change({ tags })}
        maxCount={LIMITS.tags.count}
        maxLength={LIMITS.tags.length}
      />
      <ChipInput
        label={t('people.profile.organizations')}
        hint={t('people.profile.organizationsHint')}
        values={profile.organizations}
        onChange={(organizations) => change({ organizations })}
        maxCount={LIMITS.organizations.count}
        maxLength={LIMITS.organizations.length}
      />
      <ConflictPicker
        competitionId={competition.id}
        tracks={competition.tracks}
        values={profile.conflicts}
        onChange={(conflicts) => change({ conflicts })}
        maxCount={LIMITS.conflicts.count}
      />
      <fieldset className={styles.fieldset} aria-describedby={`${id}-tracks`}>
        <legend className={styles.label}>{t('people.profile.tracks')}</legend>
        <p id={`${id}-tracks`} className={styles.hint}>
          {t('people.profile.tracksHint')}
        </p>
        <div className={styles.choices}>
          {competition.tracks.map((track) => (
            <label key={track.id} className={styles.choice}>
              <input
                type="checkbox"
                checked={profile.trackIds.includes(track.id)}
                onChange={(e) => toggleTrack(track.id, e.target.checked)}
              />
              {pickLocalized(language, track.name, track.nameEn)}
            </label>
          ))}
        </div>
      </fieldset>
      {state === 'saved' && <Alert tone="success">{t('people.profile.saved')}</Alert>}
      {state === 'failed' && <Alert tone="error">{t(failure[errorKind(error)])}</Alert>}
      <div className={styles.actions}>
        <Button pending={state === 'saving'} onClick={() => void save()}>
          {state === 'saving' ? t('people.profile.saving') : t('people.profile.save')}
        </Button>
      </div>
    </section>
  );
}

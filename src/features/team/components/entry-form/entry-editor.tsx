import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { FormProvider, useForm, useWatch, type Control, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Competition, Entry } from '@/domain/model';
import { ENTRY_LIMITS, ENTRY_STAGES, entryFormSchemas, REQUIRED_ENTRY_FIELDS } from '@/domain/registration';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { formatDateTime } from '@/lib/format/date';
import { useNow } from '@/lib/format/use-now';
import { paths } from '@/lib/paths';
import { useEntryAutosave, type Autosave } from '../../hooks/use-entry-autosave';
import { DeckSection, ImagesSection } from '../deck';
import { SubmissionPanel } from '../submission';
import { describedBy, FieldShell, fieldId } from './field-shell';
import { toFormValues, type EntryFormValues } from './form-values';
import { QuestionField } from './question-field';
import { SaveStatus } from './save-status';
import { ChoiceControl, TextControl } from './text-controls';
import styles from './entry-form.module.css';

const statusTone: Record<Entry['status'], BadgeTone> = {
  draft: 'warning',
  submitted: 'success',
  withdrawn: 'neutral',
  disqualified: 'danger',
};

const isRequired = (field: string) => (REQUIRED_ENTRY_FIELDS as readonly string[]).includes(field);

/** Scrolls to a field by its form path ('title', 'answers.q-1', 'deck') and focuses it. */
export function focusField(path: string) {
  const el = document.getElementById(path === 'deck' ? 'deck' : fieldId(path));
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  const control = el.matches('input, textarea, button') ? el : el.querySelector<HTMLElement>('input, textarea, button');
  (control ?? el).focus({ preventScroll: true });
}

interface EntryEditorProps {
  competition: Competition;
  /** The latest snapshot (cache or server). */
  entry: Entry;
  pendingWrites: boolean;
  fromCache: boolean;
}

export function EntryEditor({ competition, entry, pendingWrites, fromCache }: EntryEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const questions = competition.entryForm.questions;
  const schema = useMemo(() => entryFormSchemas(questions).draft, [questions]);
  const form = useForm<EntryFormValues>({
    // The schema's input is looser than the form's values (every field optional).
    resolver: zodResolver(schema) as unknown as Resolver<EntryFormValues>,
    defaultValues: toFormValues(entry, questions),
    mode: 'onChange',
  });
  const deadlinePassed = !(now < competition.submissionDeadline);
  const editable = entry.status === 'draft' && !deadlinePassed;
  const autosave = useEntryAutosave({
    cid: competition.id,
    eid: entry.id,
    questions,
    schema,
    form,
    entry,
    pendingWrites,
    fromCache,
    editable,
  });

  const track = competition.tracks.find((tr) => tr.id === entry.trackId);
  const trackName = track ? pickLocalized(language, track.name, track.nameEn) : entry.trackId;
  const trackId = fieldId('track');

  return (
    // data-pending-writes: this browser holds saves the server has not acknowledged (tests wait on it).
    <div className={styles.page} data-testid="entry-page" data-pending-writes={pendingWrites}>
      <header className={styles.header}>
        <Link to={paths.roleHome(competition.id, 'team')}>{t('entry.backToHome')}</Link>
        <p className={styles.muted}>{t('entry.eyebrow', { code: entry.code })}</p>
        <h1>{entry.title || t('entry.untitled')}</h1>
        <div className={styles.headerMeta}>
          <span>{trackName}</span>
          <Badge tone={statusTone[entry.status]}>{t(`competition.entryStatus.${entry.status}`)}</Badge>
        </div>
      </header>

      <ReadOnlyNotice competition={competition} entry={entry} deadlinePassed={deadlinePassed} />
      {autosave.status === 'conflict' && <ConflictAlert onReload={autosave.reloadLatest} />}
      <FormProvider {...form}>
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => e.preventDefault()}
          onBlur={autosave.saveNow}
          aria-label={t('entry.title')}
        >
          <fieldset className={styles.fieldset} disabled={!editable}>
            <Card title={t('entry.sections.project')}>
              <div className={styles.fields}>
                <TextControl
                  name="title"
                  label={t('entry.fields.title')}
                  required={isRequired('title')}
                  max={ENTRY_LIMITS.title}
                />
                <div className={styles.pair}>
                  <FieldShell id={trackId} label={t('entry.fields.track')} hint={t('entry.fields.trackHint')}>
                    <input
                      id={trackId}
                      className={styles.input}
                      value={trackName}
                      readOnly
                      aria-describedby={describedBy(trackId, { hint: true })}
                    />
                  </FieldShell>
                  <TextControl
                    name="field"
                    label={t('entry.fields.field')}
                    required={isRequired('field')}
                    max={ENTRY_LIMITS.field}
                    hint={t('entry.fields.fieldHint')}
                  />
                </div>
                <TextControl
                  name="summary"
                  label={t('entry.fields.summary')}
                  required={isRequired('summary')}
                  max={ENTRY_LIMITS.summary}
                  hint={t('entry.fields.summaryHint')}
                  multiline
                />
              </div>
            </Card>
            <Card title={t('entry.sections.content')}>
              <div className={styles.fields}>
                <TextControl
                  name="problem"
                  label={t('entry.fields.problem')}
                  required={isRequired('problem')}
                  max={ENTRY_LIMITS.problem}
                  multiline
                  rows={6}
                />
                <TextControl
                  name="solution"
                  label={t('entry.fields.solution')}
                  required={isRequired('solution')}
                  max={ENTRY_LIMITS.solution}
                  multiline
                  rows={6}
                />
              </div>
            </Card>
            <Card title={t('entry.sections.progress')}>
              <div className={styles.fields}>
                <ChoiceControl
                  name="stage"
                  label={t('entry.fields.stage')}
                  required={isRequired('stage')}
                  options={ENTRY_STAGES.map((s) => ({ value: s, label: t(`entry.stages.${s}`) }))}
                />
                <TextControl
                  name="financing"
                  label={t('entry.fields.financing')}
                  required={isRequired('financing')}
                  max={ENTRY_LIMITS.financing}
                  hint={t('entry.fields.financingHint')}
                  multiline
                  rows={3}
                />
              </div>
            </Card>
            {questions.length > 0 && (
              <Card title={t('entry.sections.questions')}>
                <div className={styles.fields}>
                  {questions.map((q) => (
                    <QuestionField
                      key={q.id}
                      competitionId={competition.id}
                      entryId={entry.id}
                      question={q}
                      editable={editable}
                    />
                  ))}
                </div>
              </Card>
            )}
          </fieldset>
        </form>
      </FormProvider>

      <DeckSection competitionId={competition.id} entryId={entry.id} deckPath={entry.deckPath} editable={editable} />
      <ImagesSection competitionId={competition.id} entryId={entry.id} editable={editable} />

      <Submission competition={competition} entry={entry} control={form.control} autosave={autosave} />
      {/* Last, and sticky at the bottom of the screen: always in view while typing. */}
      <SaveStatus status={autosave.status} error={autosave.error} />
    </div>
  );
}

/** The submission panel, with the form's current values (re-rendered on its own as they change). */
function Submission({
  competition,
  entry,
  control,
  autosave,
}: {
  competition: Competition;
  entry: Entry;
  control: Control<EntryFormValues>;
  autosave: Autosave;
}) {
  const content = useWatch({ control });
  return (
    <SubmissionPanel
      competition={competition}
      entry={entry}
      content={content}
      flushDraft={autosave.flush}
      onFocusField={focusField}
    />
  );
}

function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      <p>
        <strong>{t('entry.conflict.title')}</strong>
      </p>
      <p>{t('entry.conflict.body')}</p>
      <div className={styles.actions}>
        <Button onClick={onReload}>{t('entry.conflict.reload')}</Button>
      </div>
    </Alert>
  );
}

function ReadOnlyNotice({
  competition,
  entry,
  deadlinePassed,
}: {
  competition: Competition;
  entry: Entry;
  deadlinePassed: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (entry.status !== 'draft')
    return (
      <Alert tone="info">
        <span data-testid="read-only">{t(`entry.readOnly.${entry.status}`)}</span>
      </Alert>
    );
  if (deadlinePassed)
    return (
      <Alert tone="warning">
        <span data-testid="read-only">
          {t('entry.readOnly.deadline', { date: formatDateTime(competition.submissionDeadline, language) })}
        </span>
      </Alert>
    );
  return null;
}

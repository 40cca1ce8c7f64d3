import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Competition } from '@/domain/model';
import { MAX_ENTRY_QUESTIONS } from '@/domain/registration';
import { entryFormSchema } from '@/domain/settings';
import { saveSection } from '../../api/save-section';
import { ListError } from '../rubric/form-controls';
import { SaveBar } from '../rubric/save-bar';
import { useSectionSave } from '../rubric/use-section-save';
import { QuestionRow } from './question-row';
import {
  newQuestion,
  toFormValues,
  toPayload,
  type QuestionsFormValues,
  type QuestionsValues,
} from './question-values';
import styles from '../rubric/editor.module.css';

const schemaResolver = zodResolver(entryFormSchema);
/** Checks what a save would send: each question with its kind's fields only (error paths stay the form's). */
const resolver: Resolver<QuestionsFormValues, unknown, QuestionsValues> = (values, context, options) =>
  schemaResolver(toPayload(values), context, options as never) as ReturnType<
    Resolver<QuestionsFormValues, unknown, QuestionsValues>
  >;

/** Whether two states of the form would send the same questions. */
function samePayload(a: unknown, b: unknown): boolean {
  const payload = (v: unknown) =>
    JSON.stringify(toPayload({ questions: ((v as QuestionsFormValues | undefined)?.questions ?? []).filter(Boolean) }));
  return payload(a) === payload(b);
}

interface QuestionsSectionProps {
  competition: Competition;
  /** After a save: the page refreshes the competition it shows. */
  onSaved?: () => void;
}

/** The settings page's editor of the entry form's extra questions. */
export function QuestionsSection({ competition, onSaved }: QuestionsSectionProps) {
  const { t } = useTranslation();
  const form = useForm<QuestionsFormValues, unknown, QuestionsValues>({
    resolver,
    defaultValues: toFormValues(competition.entryForm.questions),
  });
  const { control, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions' });
  // Unsaved changes are changes to what a save would send: an empty optional
  // number field reads as an undefined value, which react-hook-form's isDirty
  // counts as a change against a stored question that has no such key.
  const watched = useWatch({ control });
  const dirty = samePayload(watched, formState.defaultValues) === false;

  // The page refreshed the competition: start from what it now holds, unless in the middle of an edit.
  const shown = useRef(competition);
  useEffect(() => {
    if (shown.current === competition) return;
    shown.current = competition;
    if (samePayload(form.getValues(), form.formState.defaultValues))
      form.reset(toFormValues(competition.entryForm.questions));
  }, [competition, form]);

  const { state, submit, discard } = useSectionSave({
    form,
    save: (values) => saveSection(competition.id, 'entryForm', values),
    toFormValues: (values) => toFormValues(values.questions),
    onSaved,
  });

  return (
    <Card title={t('questionEditor.title')}>
      <FormProvider {...form}>
        <form className={styles.editor} noValidate onSubmit={submit} data-testid="questions-form">
          <p className={styles.intro}>{t('questionEditor.intro')}</p>
          {fields.length === 0 ? (
            <p className={styles.muted}>{t('questionEditor.empty')}</p>
          ) : (
            <ol className={styles.list}>
              {fields.map((field, i) => (
                <QuestionRow
                  key={field.id}
                  rowKey={field.id}
                  index={i}
                  count={fields.length}
                  onMove={move}
                  onRemove={remove}
                />
              ))}
            </ol>
          )}
          <ListError name="questions" />
          <div className={styles.addRow}>
            <Button
              variant="secondary"
              disabled={fields.length >= MAX_ENTRY_QUESTIONS}
              onClick={() => append(newQuestion(form.getValues('questions') ?? []))}
            >
              {t('questionEditor.add')}
            </Button>
          </div>
          <SaveBar ns="questionEditor" state={state} dirty={dirty} onDiscard={discard} />
        </form>
      </FormProvider>
    </Card>
  );
}

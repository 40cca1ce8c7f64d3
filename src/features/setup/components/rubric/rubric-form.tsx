import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Competition, Round } from '@/domain/model';
import { LIMITS, sectionValues, settingsContext, settingsSchemas } from '@/domain/settings';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { saveSection } from '../../api/save-section';
import { CriterionRow } from './criterion-row';
import { ListError } from './form-controls';
import { newCriterion, type RubricFormValues, type RubricValues } from './rubric-values';
import { SaveBar } from './save-bar';
import type { RubricLock } from './use-rubric-lock';
import { useSectionSave } from './use-section-save';
import { WeightTotal } from './weight-total';
import styles from './editor.module.css';

interface RubricFormProps {
  competition: Competition;
  round: Round;
  lock: RubricLock;
  /** The server refused the save: the round has sheets now. */
  onLocked: () => void;
  onSaved?: () => void;
}

/** The criteria of one round's rubric; read-only once the round has score sheets. */
export function RubricForm({ competition, round, lock, onLocked, onSaved }: RubricFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const schema = useMemo(() => settingsSchemas(settingsContext(competition)).rubric, [competition]);
  const form = useForm<RubricFormValues, unknown, RubricValues>({
    resolver: zodResolver(schema),
    defaultValues: sectionValues(competition, 'rubric', round.id),
  });
  const { control, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'criteria' });
  const dirty = formState.isDirty;

  // The page refreshed the competition (after this or another section saved):
  // start from what it now holds, unless the organizer is in the middle of an edit.
  const shown = useRef(competition);
  useEffect(() => {
    if (shown.current === competition) return;
    shown.current = competition;
    if (!form.formState.isDirty) form.reset(sectionValues(competition, 'rubric', round.id));
  }, [competition, round.id, form]);

  const { state, submit, discard } = useSectionSave({
    form,
    save: (values) => saveSection(competition.id, 'rubric', values),
    toFormValues: (values) => values,
    onRefused: (reason) => {
      if (reason !== 'rubric-locked') return false;
      form.reset();
      onLocked();
      return true;
    },
    onSaved,
  });

  const roundName = pickLocalized(language, round.name, round.nameEn);
  const warnings =
    state.status === 'saved'
      ? state.warnings
          .filter((w) => w.code === 'rubric-empty' && w.roundId === round.id)
          .map(() => t('rubricEditor.warnings.rubricEmpty', { round: roundName }))
      : [];
  const readOnly = lock === 'locked' || lock === 'checking';
  const editable = lock === 'open' || lock === 'unknown';

  return (
    <FormProvider {...form}>
      <form className={styles.editor} noValidate onSubmit={submit} data-testid="rubric-form">
        {lock === 'checking' && <p className={styles.muted}>{t('rubricEditor.checking')}</p>}
        {lock === 'unknown' && <Alert tone="info">{t('rubricEditor.lockUnknown')}</Alert>}
        {lock === 'locked' && (
          <Alert tone="warning">
            <span data-testid="rubric-locked">{t('rubricEditor.locked')}</span>
          </Alert>
        )}
        <ListError name="roundId" />
        <fieldset className={styles.fieldset} disabled={readOnly}>
          {fields.length === 0 ? (
            <p className={styles.muted}>{t('rubricEditor.empty')}</p>
          ) : (
            <ol className={styles.list}>
              {fields.map((field, i) => (
                <CriterionRow
                  key={field.id}
                  rowKey={field.id}
                  index={i}
                  count={fields.length}
                  locked={!editable}
                  onMove={move}
                  onRemove={remove}
                />
              ))}
            </ol>
          )}
          <ListError name="criteria" />
          <WeightTotal />
          {editable && (
            <div className={styles.addRow}>
              <Button
                variant="secondary"
                disabled={fields.length >= LIMITS.criteria}
                onClick={() => append(newCriterion(form.getValues('criteria') ?? []))}
              >
                {t('rubricEditor.add')}
              </Button>
            </div>
          )}
        </fieldset>
        {editable && <SaveBar ns="rubricEditor" state={state} dirty={dirty} onDiscard={discard} warnings={warnings} />}
      </form>
    </FormProvider>
  );
}

import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ENTRY_QUESTION_KINDS, TEXT_ANSWER_MAX } from '@/domain/registration';
import { CheckboxControl, ListError, NumberControl, SelectControl, TextControl } from '../rubric/form-controls';
import { RowTools } from '../rubric/row-tools';
import { OptionRows } from './option-rows';
import { QuestionPreview } from './question-preview';
import { newOption, type QuestionsFormValues } from './question-values';
import styles from '../rubric/editor.module.css';

interface QuestionRowProps {
  index: number;
  count: number;
  /** The field array's key of this row (stable while rows move). */
  rowKey: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One extra question: kind, wording in both languages, required, and what its kind needs. */
export function QuestionRow({ index, count, rowKey, onMove, onRemove }: QuestionRowProps) {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext<QuestionsFormValues>();
  const path = `questions.${index}` as const;
  const [kind, label] = useWatch({ control, name: [`${path}.kind`, `${path}.label`] });
  const heading = t('questionEditor.question.heading', { n: index + 1 });
  const name = [heading, typeof label === 'string' ? label.trim() : ''].filter(Boolean).join(' ');

  // A choice needs an option: start it with an empty one to fill in.
  const onKind = (next: string) => {
    if (next === 'choice' && (getValues(`${path}.options`) ?? []).length === 0)
      setValue(`${path}.options`, [newOption([])]);
  };

  return (
    <li className={styles.row} data-testid="question-row">
      <div className={styles.rowHeader}>
        <h3 className={styles.rowTitle}>{name}</h3>
        <RowTools
          ns="questionEditor"
          name={name}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          idPrefix={`question-${rowKey}`}
        />
      </div>
      <div className={styles.grid}>
        <TextControl name={`${path}.label`} label={t('questionEditor.question.label')} />
        <TextControl name={`${path}.labelEn`} label={t('questionEditor.question.labelEn')} />
        <SelectControl
          name={`${path}.kind`}
          label={t('questionEditor.question.kind')}
          options={ENTRY_QUESTION_KINDS.map((k) => ({ value: k, label: t(`questionEditor.kinds.${k}`) }))}
          onValueChange={onKind}
        />
        <CheckboxControl
          name={`${path}.required`}
          label={t('questionEditor.question.required')}
          className={styles.alignEnd}
        />
        {(kind === 'short-text' || kind === 'long-text') && (
          <NumberControl
            name={`${path}.maxLength`}
            label={t('questionEditor.question.maxLength')}
            hint={t('questionEditor.question.maxLengthHint', { max: TEXT_ANSWER_MAX[kind] })}
            optional
          />
        )}
        {kind === 'number' && (
          <div className={[styles.pairNumbers, styles.wide].join(' ')}>
            <NumberControl
              name={`${path}.min`}
              label={t('questionEditor.question.min')}
              hint={t('questionEditor.question.rangeHint')}
              optional
            />
            <NumberControl
              name={`${path}.max`}
              label={t('questionEditor.question.max')}
              hint={t('questionEditor.question.rangeHint')}
              optional
            />
          </div>
        )}
        {kind === 'file' && (
          <p className={[styles.hint, styles.wide].join(' ')}>{t('questionEditor.question.fileHint')}</p>
        )}
      </div>
      {kind === 'choice' && <OptionRows question={index} />}
      <ListError name={`${path}.id`} />
      <QuestionPreview index={index} />
    </li>
  );
}

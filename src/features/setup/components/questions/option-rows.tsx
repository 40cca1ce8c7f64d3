import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { MAX_QUESTION_OPTIONS } from '@/domain/registration';
import { ListError, TextControl } from '../rubric/form-controls';
import { RowTools } from '../rubric/row-tools';
import { newOption, type QuestionsFormValues } from './question-values';
import styles from '../rubric/editor.module.css';

/** The options of a choice question: add, rename (both languages), reorder, remove. */
export function OptionRows({ question }: { question: number }) {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<QuestionsFormValues>();
  const name = `questions.${question}.options` as const;
  const { fields, append, remove, move } = useFieldArray({ control, name });

  return (
    <div className={styles.group}>
      <h4 className={styles.subTitle}>{t('questionEditor.options.title')}</h4>
      {fields.length === 0 ? (
        <p className={styles.muted}>{t('questionEditor.options.none')}</p>
      ) : (
        <ol className={styles.subList}>
          {fields.map((field, i) => (
            <OptionRow
              key={field.id}
              question={question}
              index={i}
              count={fields.length}
              rowKey={field.id}
              onMove={move}
              onRemove={remove}
            />
          ))}
        </ol>
      )}
      <ListError name={name} />
      {fields.length < MAX_QUESTION_OPTIONS && (
        <div className={styles.addRow}>
          <Button variant="secondary" onClick={() => append(newOption(getValues(name) ?? []))}>
            {t('questionEditor.options.add')}
          </Button>
        </div>
      )}
    </div>
  );
}

interface OptionRowProps {
  question: number;
  index: number;
  count: number;
  rowKey: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

function OptionRow({ question, index, count, rowKey, onMove, onRemove }: OptionRowProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<QuestionsFormValues>();
  const path = `questions.${question}.options.${index}` as const;
  const label = useWatch({ control, name: `${path}.label` });
  const heading = t('questionEditor.options.heading', { n: index + 1 });
  const name = [heading, typeof label === 'string' ? label.trim() : ''].filter(Boolean).join(' ');
  return (
    <li className={styles.subRow} data-testid="option-row">
      <div className={[styles.subLine, styles.optionLine].join(' ')}>
        <h5 className={styles.subHeading}>{heading}</h5>
        <TextControl name={`${path}.label`} label={t('questionEditor.options.label')} className={styles.span} />
        <TextControl name={`${path}.labelEn`} label={t('questionEditor.options.labelEn')} className={styles.span} />
        <div className={styles.subTools}>
          <RowTools
            ns="questionEditor"
            name={name}
            index={index}
            count={count}
            onMove={onMove}
            onRemove={onRemove}
            idPrefix={`option-${rowKey}`}
          />
        </div>
      </div>
      <ListError name={`${path}.id`} />
    </li>
  );
}

import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { textAnswerMax } from '@/domain/registration';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { plainNumber } from '../rubric/numbers';
import { toQuestion, type QuestionsFormValues } from './question-values';
import styles from './questions.module.css';

/**
 * How the question reads on a team's entry form, in the page's language:
 * a picture made of text, not a form control (nothing here can be filled in).
 */
export function QuestionPreview({ index }: { index: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { control } = useFormContext<QuestionsFormValues>();
  const value = useWatch({ control, name: `questions.${index}` });
  if (!value) return null;
  const q = toQuestion(value);
  const label = pickLocalized(language, q.label.trim(), q.labelEn.trim()) || t('questionEditor.question.untitled');
  const hint = (() => {
    if (q.kind === 'short-text' || q.kind === 'long-text')
      return t('questionEditor.preview.textLimit', { max: textAnswerMax(q) });
    if (q.kind !== 'number') return null;
    const min = q.min === undefined ? undefined : plainNumber(q.min);
    const max = q.max === undefined ? undefined : plainNumber(q.max);
    if (min !== undefined && max !== undefined) return t('questionEditor.preview.numberRange', { min, max });
    if (min !== undefined) return t('questionEditor.preview.numberMin', { min });
    if (max !== undefined) return t('questionEditor.preview.numberMax', { max });
    return null;
  })();

  return (
    <figure className={styles.preview} data-testid="question-preview">
      <figcaption className={styles.previewCaption}>{t('questionEditor.preview.title')}</figcaption>
      <p className={styles.previewLabel}>
        {label}
        <span className={q.required ? styles.required : styles.optional}>
          {q.required ? t('questionEditor.preview.required') : t('questionEditor.preview.optional')}
        </span>
      </p>
      {q.kind === 'choice' ? (
        <ul className={styles.previewOptions}>
          {(q.options ?? []).map((o) => (
            <li key={o.id}>
              <span aria-hidden="true" className={styles.radio} />
              {pickLocalized(language, o.label.trim(), o.labelEn.trim())}
            </li>
          ))}
        </ul>
      ) : q.kind === 'file' ? (
        <span className={styles.previewButton}>{t('questionEditor.preview.file')}</span>
      ) : (
        <span className={[styles.previewBox, q.kind === 'long-text' ? styles.previewTall : ''].join(' ')} />
      )}
      {hint && <p className={styles.previewHint}>{hint}</p>}
    </figure>
  );
}

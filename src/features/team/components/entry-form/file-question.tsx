import { useTranslation } from 'react-i18next';
import type { EntryQuestion } from '@/domain/registration';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { fieldId, RequiredMarker } from './field-shell';
import styles from './entry-form.module.css';

interface FileQuestionProps {
  competitionId: string;
  entryId: string;
  question: EntryQuestion;
  editable: boolean;
}

/**
 * A question answered with a file.
 * SLOT (H3): render deck/FileAnswerField here through a react-hook-form
 * Controller on `answers.{question.id}` once src/features/team/components/deck
 * exists: <FileAnswerField competitionId entryId question value onChange editable id={fieldId(name)} />.
 */
export function FileQuestion({ question }: FileQuestionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = fieldId(`answers.${question.id}`);
  return (
    <div className={styles.field} id={id} tabIndex={-1}>
      <p className={styles.label}>
        {pickLocalized(language, question.label, question.labelEn)}
        <RequiredMarker required={question.required} />
      </p>
      <p className={styles.muted}>{t('entry.slots.deck')}</p>
    </div>
  );
}

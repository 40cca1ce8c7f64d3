import { useTranslation } from 'react-i18next';
import type { EntryQuestion } from '@/domain/registration';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';

const FIXED_FIELDS = ['title', 'field', 'summary', 'problem', 'solution', 'stage', 'financing', 'deck'] as const;
type FixedField = (typeof FIXED_FIELDS)[number];
const isFixed = (field: string): field is FixedField => (FIXED_FIELDS as readonly string[]).includes(field);

/**
 * The label a team knows a form path by ('title', 'answers.q-team-size',
 * 'deck'): the fixed fields' own labels, a question's label in the current
 * language. A path the form does not have (an old question) is named as is.
 */
export function useFieldLabel(questions: readonly EntryQuestion[]): (field: string) => string {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (field) => {
    if (isFixed(field)) return t(`submission.fields.${field}`);
    if (field.startsWith('answers.')) {
      const question = questions.find((q) => q.id === field.slice('answers.'.length));
      if (question) return pickLocalized(language, question.label, question.labelEn);
    }
    return t('submission.fields.unknown', { field });
  };
}

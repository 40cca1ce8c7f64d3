import { textAnswerMax, type EntryQuestion } from '@/domain/registration';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { FileQuestion } from './file-question';
import { ChoiceControl, NumberControl, TextControl } from './text-controls';

interface QuestionFieldProps {
  competitionId: string;
  entryId: string;
  question: EntryQuestion;
  editable: boolean;
}

/** One of the competition's own questions, rendered from its definition. */
export function QuestionField({ competitionId, entryId, question: q, editable }: QuestionFieldProps) {
  const { language } = useLanguage();
  const label = pickLocalized(language, q.label, q.labelEn);
  const name = `answers.${q.id}` as const;
  switch (q.kind) {
    case 'short-text':
    case 'long-text':
      return (
        <TextControl
          name={name}
          label={label}
          required={q.required}
          max={textAnswerMax(q)}
          multiline={q.kind === 'long-text'}
        />
      );
    case 'number':
      return <NumberControl name={name} label={label} required={q.required} min={q.min} max={q.max} />;
    case 'choice':
      return (
        <ChoiceControl
          name={name}
          label={label}
          required={q.required}
          options={(q.options ?? []).map((o) => ({ value: o.id, label: pickLocalized(language, o.label, o.labelEn) }))}
        />
      );
    case 'file':
      return <FileQuestion competitionId={competitionId} entryId={entryId} question={q} editable={editable} />;
  }
}

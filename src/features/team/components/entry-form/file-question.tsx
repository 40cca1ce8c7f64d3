import { Controller, useFormContext } from 'react-hook-form';
import type { EntryQuestion } from '@/domain/registration';
import { FileAnswerField } from '../deck';
import { fieldId, RequiredMarker } from './field-shell';
import type { EntryFormValues } from './form-values';
import { useFieldError } from './text-controls';

interface FileQuestionProps {
  competitionId: string;
  entryId: string;
  question: EntryQuestion;
  editable: boolean;
}

/** A question answered with a file: the upload field keeps the file's path as the answer. */
export function FileQuestion({ competitionId, entryId, question, editable }: FileQuestionProps) {
  const { control } = useFormContext<EntryFormValues>();
  const name = `answers.${question.id}` as const;
  const error = useFieldError(name);
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FileAnswerField
          competitionId={competitionId}
          entryId={entryId}
          question={question}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          editable={editable}
          id={fieldId(name)}
          error={error}
          marker={<RequiredMarker required={question.required} />}
        />
      )}
    />
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { tk } from '@/i18n/keys';
import {
  ANSWER_MAX,
  answerObjection,
  toAnswerError,
  type AnswerError,
  type ObjectionDecision,
} from '../api/answer-objection';
import styles from './objections.module.css';

const schema = z.object({
  decision: z.enum(['upheld', 'dismissed'], { error: tk('objections.answerForm.decisionRequired') }),
  answer: z
    .string()
    .trim()
    .min(1, { error: tk('objections.answerForm.answerRequired') })
    .max(ANSWER_MAX, { error: tk('validation.tooLong') }),
});
type FormInput = z.input<typeof schema>;
type FormValues = z.output<typeof schema>;

const errorKey = {
  'already-answered': 'objections.errors.alreadyAnswered',
  invalid: 'objections.errors.invalid',
  network: 'objections.errors.network',
  permission: 'objections.errors.permission',
  'not-found': 'objections.errors.notFound',
  unknown: 'objections.errors.unknown',
} as const;

interface AnswerFormProps {
  cid: string;
  objectionId: string;
  onAnswered: (decision: ObjectionDecision, answer: string) => void;
}

/** Upheld or dismissed, with the reason the objecting team will read. An answer is final. */
export function AnswerForm({ cid, objectionId, onAnswered }: AnswerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [failure, setFailure] = useState<AnswerError | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(schema),
    defaultValues: { answer: '' },
  });

  const onSubmit = async (values: FormValues) => {
    setFailure(null);
    try {
      const status = await answerObjection({ competitionId: cid, objectionId, ...values });
      onAnswered(status, values.answer);
    } catch (error) {
      setFailure(toAnswerError(error));
    }
  };

  const answerMessage =
    errors.answer?.message ?? (failure?.kind === 'answer' ? failure.message : undefined) ?? undefined;
  return (
    <form className={styles.form} onSubmit={handleSubmit(onSubmit)} noValidate data-testid="answer-form">
      <fieldset className={styles.fieldset} aria-describedby={errors.decision ? `${id}-decision-error` : undefined}>
        <legend className={styles.label}>{t('objections.answerForm.decision')}</legend>
        <div className={styles.choices}>
          <label className={styles.choice}>
            <input type="radio" value="dismissed" {...register('decision')} />
            {t('objections.answerForm.dismiss')}
          </label>
          <label className={styles.choice}>
            <input type="radio" value="upheld" {...register('decision')} />
            {t('objections.answerForm.uphold')}
          </label>
        </div>
        {errors.decision?.message && (
          <p id={`${id}-decision-error`} className={styles.error} role="alert">
            {t(errors.decision.message as never)}
          </p>
        )}
      </fieldset>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={`${id}-answer`}>
          {t('objections.answerForm.answer')}
        </label>
        <textarea
          id={`${id}-answer`}
          className={styles.textarea}
          rows={3}
          maxLength={ANSWER_MAX}
          aria-invalid={answerMessage ? true : undefined}
          aria-describedby={`${id}-hint${answerMessage ? ` ${id}-answer-error` : ''}`}
          {...register('answer')}
        />
        <p id={`${id}-hint`} className={styles.hint}>
          {t('objections.answerForm.answerHint', { max: ANSWER_MAX })}
        </p>
        {answerMessage && (
          <p id={`${id}-answer-error`} className={styles.error} role="alert">
            {t(answerMessage as never)}
          </p>
        )}
      </div>
      {failure && failure.kind !== 'answer' && <Alert tone="error">{t(errorKey[failure.kind])}</Alert>}
      <div className={styles.actions}>
        <Button type="submit" pending={isSubmitting}>
          {isSubmitting ? t('objections.answerForm.sending') : t('objections.answerForm.send')}
        </Button>
      </div>
    </form>
  );
}

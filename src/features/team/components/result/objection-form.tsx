import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { tk } from '@/i18n/keys';
import { OBJECTION_REASON_MAX, raiseObjection, toRaiseError, type RaiseError } from '../../api/raise-objection';
import styles from './team-result.module.css';

const schema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: tk('teamResult.objection.reasonRequired') })
    .max(OBJECTION_REASON_MAX, { error: tk('validation.tooLong') }),
});
type FormValues = z.output<typeof schema>;

const errorKey = {
  'already-open': 'teamResult.objection.errors.alreadyOpen',
  'notice-over': 'teamResult.objection.errors.noticeOver',
  superseded: 'teamResult.objection.errors.superseded',
  invalid: 'teamResult.objection.errors.unknown',
  network: 'teamResult.objection.errors.network',
  permission: 'teamResult.objection.errors.permission',
  'not-found': 'teamResult.objection.errors.superseded',
  unknown: 'teamResult.objection.errors.unknown',
} as const;

/** The team's objection to the version under notice: a reason, sent to the organizers. */
export function ObjectionForm({
  competitionId,
  versionId,
  onRaised,
  onStale,
}: {
  competitionId: string;
  versionId: string;
  onRaised: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [failure, setFailure] = useState<RaiseError | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof schema>, unknown, FormValues>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  });

  const onSubmit = async ({ reason }: FormValues) => {
    setFailure(null);
    try {
      await raiseObjection(competitionId, versionId, reason);
      onRaised();
    } catch (error) {
      const read = toRaiseError(error);
      setFailure(read);
      // Raised meanwhile from another device: the list then shows it, with the form gone.
      if (read.kind === 'already-open') onStale();
    }
  };

  const message = errors.reason?.message ?? (failure?.kind === 'reason' ? failure.message : undefined);
  return (
    <form className={styles.form} onSubmit={handleSubmit(onSubmit)} noValidate data-testid="objection-form">
      <label className={styles.label} htmlFor={`${id}-reason`}>
        {t('teamResult.objection.reason')}
      </label>
      <textarea
        id={`${id}-reason`}
        className={styles.textarea}
        rows={4}
        maxLength={OBJECTION_REASON_MAX}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        {...register('reason')}
      />
      <p id={`${id}-hint`} className={styles.muted}>
        {t('teamResult.objection.hint', { max: OBJECTION_REASON_MAX })}
      </p>
      {message && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {t(message as never)}
        </p>
      )}
      {failure && failure.kind !== 'reason' && <Alert tone="error">{t(errorKey[failure.kind])}</Alert>}
      <div className={styles.actions}>
        <Button type="submit" pending={isSubmitting}>
          {isSubmitting ? t('teamResult.objection.sending') : t('teamResult.objection.send')}
        </Button>
      </div>
    </form>
  );
}

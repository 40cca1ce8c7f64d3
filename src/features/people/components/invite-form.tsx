import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { DEFAULT_INVITATION_DAYS, MAX_INVITATION_DAYS, type InvitationRole } from '@/domain/model';
import { tk } from '@/i18n/keys';
import { createInvitations, type CreateInvitationsResult } from '../api/people-callables';
import { toPeopleError } from '../api/people-error';
import { usePeopleErrorMessage } from '../hooks/use-people-error';
import { checkPeople, MAX_PEOPLE, parsePastedPeople, sendablePeople, type CheckedRow } from '../lib/parse-people';
import { PeopleImport } from './people-import';
import { PeoplePreview } from './people-preview';
import styles from './people.module.css';

const formSchema = z.object({
  role: z.enum(['judge', 'organizer']),
  expiresInDays: z.coerce
    .number<string | number>({ error: tk('people.invite.daysInvalid') })
    .int({ error: tk('people.invite.daysInvalid') })
    .min(1, { error: tk('people.invite.daysInvalid') })
    .max(MAX_INVITATION_DAYS, { error: tk('people.invite.daysInvalid') }),
  text: z.string(),
});
type FormInput = z.input<typeof formSchema>;
type FormValues = z.output<typeof formSchema>;

interface InviteFormProps {
  competitionId: string;
  /** Only the owner invites organizers. */
  isOwner: boolean;
  onCreated: (result: CreateInvitationsResult) => void;
}

/** Who to invite, as what, for how long: pasted or imported, checked row by row before anything is sent. */
export function InviteForm({ competitionId, isOwner, onCreated }: InviteFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorMessage = usePeopleErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  // Refusals the server gave per email (its field errors), shown on the rows.
  const [refused, setRefused] = useState<Map<string, string>>(new Map());
  const {
    register,
    handleSubmit,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { role: 'judge', expiresInDays: DEFAULT_INVITATION_DAYS, text: '' },
  });

  const text = useWatch({ control, name: 'text' });
  const rows: CheckedRow[] = useMemo(
    () =>
      checkPeople(parsePastedPeople(text)).map((row) => {
        const message = refused.get(row.email);
        return message ? { ...row, problems: [...row.problems, { field: 'email' as const, message }] } : row;
      }),
    [text, refused],
  );
  const people = sendablePeople(rows);
  const tooMany = people.length > MAX_PEOPLE;

  const onSubmit = async (values: FormValues) => {
    setFailure(null);
    if (people.length === 0 || tooMany) return;
    try {
      const role: InvitationRole = isOwner ? values.role : 'judge';
      onCreated(await createInvitations({ competitionId, role, people, expiresInDays: values.expiresInDays }));
    } catch (error) {
      const read = toPeopleError(error);
      if (read.kind === 'fields') {
        const byEmail = new Map(refused);
        for (const field of read.fields) {
          const index = /^people\.(\d+)\./.exec(field.path)?.[1];
          const person = index === undefined ? undefined : people[Number(index)];
          if (person) byEmail.set(person.email, field.message);
        }
        setRefused(byEmail);
      }
      setFailure(errorMessage(error));
    }
  };

  const appendRows = (lines: string[]) => {
    const current = text.trimEnd();
    setValue('text', [current, ...lines].filter(Boolean).join('\n'), { shouldDirty: true });
  };

  return (
    <form className={styles.form} onSubmit={handleSubmit(onSubmit)} noValidate>
      {isOwner ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.label}>{t('people.invite.role')}</legend>
          <div className={styles.choices}>
            <label className={styles.choice}>
              <input type="radio" value="judge" {...register('role')} />
              {t('people.invite.roleJudge')}
            </label>
            <label className={styles.choice}>
              <input type="radio" value="organizer" {...register('role')} />
              {t('people.invite.roleOrganizer')}
            </label>
          </div>
        </fieldset>
      ) : (
        <p className={styles.hint}>{t('people.invite.ownerOnly')}</p>
      )}
      <div className={styles.days}>
        <TextField
          label={t('people.invite.days')}
          hint={t('people.invite.daysHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_INVITATION_DAYS}
          error={errors.expiresInDays?.message ? t(errors.expiresInDays.message as never) : undefined}
          {...register('expiresInDays')}
        />
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={`${id}-people`}>
          {t('people.invite.people')}
        </label>
        <p id={`${id}-hint`} className={styles.hint}>
          {t('people.invite.peopleHint')}
        </p>
        <textarea
          id={`${id}-people`}
          className={styles.textarea}
          rows={6}
          spellCheck={false}
          placeholder={t('people.invite.placeholder')}
          aria-describedby={`${id}-hint`}
          {...register('text', { onChange: () => setFailure(null) })}
        />
      </div>
      <PeopleImport onRows={appendRows} />
      {rows.length > 0 && <PeoplePreview rows={rows} />}
      {tooMany && <Alert tone="warning">{t('people.invite.tooMany', { max: MAX_PEOPLE, count: people.length })}</Alert>}
      {failure && <Alert tone="error">{failure}</Alert>}
      <div className={styles.actions}>
        <Button type="submit" pending={isSubmitting} disabled={people.length === 0 || tooMany}>
          {isSubmitting ? t('people.invite.submitting') : t('people.invite.submit', { count: people.length })}
        </Button>
        {rows.length === 0 && <span className={styles.hint}>{t('people.invite.empty')}</span>}
      </div>
    </form>
  );
}

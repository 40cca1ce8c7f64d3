import { useRef, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Competition } from '@/domain/model';
import type { TeamRegistration } from '@/domain/registration';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { TranslationKey } from '@/i18n/keys';
import { toRegisterError, type RegisterError } from '../../api/register-error';
import type { RegisteredTeam } from '../../api/register-team';
import { MemberRows } from './member-rows';
import { RegisterErrorAlert } from './register-error-alert';
import { initialValues, needsCompany, useRegistrationResolver, type RegistrationValues } from './registration-values';
import { TrackChoice } from './track-choice';
import styles from './registration.module.css';

interface RegistrationFormProps {
  competition: Competition;
  /** The account's email, the contact email until changed. */
  email: string;
  /** Sends the registration: the `registerTeam` api in the app, a fake in tests. */
  register: (competitionId: string, registration: TeamRegistration) => Promise<RegisteredTeam>;
  onRegistered: (team: RegisteredTeam) => void;
}

/**
 * The team registration form, validated by the same schema the registerTeam
 * function parses. Errors show beside their fields (messages are translation
 * keys); a refusal from the server shows above the button, with its field
 * problems on the fields, and nothing typed is lost.
 */
export function RegistrationForm({ competition, email, register: send, onRegistered }: RegistrationFormProps) {
  const { t } = useTranslation();
  const { tracks } = competition;
  const resolver = useRegistrationResolver(tracks);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<RegistrationValues, unknown, TeamRegistration>({
    resolver,
    defaultValues: initialValues(tracks, email),
  });
  const trackId = useWatch({ control, name: 'trackId' });
  const [serverError, setServerError] = useState<RegisterError | null>(null);
  const [done, setDone] = useState(false);
  // A second click can land before React re-renders the disabled button.
  const inFlight = useRef(false);

  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);

  const onSubmit = async (registration: TeamRegistration) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setServerError(null);
    try {
      const team = await send(competition.id, registration);
      setDone(true);
      onRegistered(team);
    } catch (error) {
      const refusal = toRegisterError(error);
      setServerError(refusal);
      if (refusal.kind === 'invalid') {
        for (const { path, key } of refusal.fields) {
          setError(path as Path<RegistrationValues>, { type: 'server', message: key }, { shouldFocus: true });
        }
      }
    } finally {
      inFlight.current = false;
    }
  };

  const pending = isSubmitting || done;
  const problems = submitCount > 0 ? countErrors(errors) : 0;
  const company = needsCompany(tracks, trackId);

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      noValidate
      data-testid="registration-form"
    >
      <TrackChoice tracks={tracks} field={register('trackId')} error={message(errors.trackId?.message)} />

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('registration.team.heading')}</legend>
        <div className={styles.fields}>
          <div className={styles.wide}>
            <TextField
              label={t('registration.team.teamName')}
              autoComplete="off"
              error={message(errors.teamName?.message)}
              {...register('teamName')}
            />
          </div>
          {company && (
            <>
              <TextField
                label={t('registration.team.companyName')}
                hint={t('registration.team.companyNameHint')}
                autoComplete="organization"
                error={message(errors.companyName?.message)}
                {...register('companyName')}
              />
              <TextField
                label={t('registration.team.creditCode')}
                hint={t('registration.team.creditCodeHint')}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                error={message(errors.creditCode?.message)}
                {...register('creditCode')}
              />
            </>
          )}
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('registration.contact.heading')}</legend>
        <div className={styles.fields}>
          <TextField
            label={t('registration.contact.name')}
            autoComplete="name"
            error={message(errors.contactName?.message)}
            {...register('contactName')}
          />
          <TextField
            label={t('registration.contact.phone')}
            hint={t('registration.contact.phoneHint')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            error={message(errors.contactPhone?.message)}
            {...register('contactPhone')}
          />
          <div className={styles.wide}>
            <TextField
              label={t('registration.contact.email')}
              hint={t('registration.contact.emailHint')}
              type="email"
              inputMode="email"
              autoComplete="email"
              error={message(errors.contactEmail?.message)}
              {...register('contactEmail')}
            />
          </div>
        </div>
      </fieldset>

      <MemberRows control={control} register={register} errors={errors.members} message={message} />

      <div className={styles.submit}>
        {serverError && <RegisterErrorAlert error={serverError} cid={competition.id} />}
        {problems > 0 && !serverError && (
          <p className={styles.error}>{t('registration.fixErrors', { count: problems })}</p>
        )}
        <Button type="submit" pending={pending} className={styles.submitButton}>
          {pending ? t('registration.submitting') : t('registration.submit')}
        </Button>
      </div>
    </form>
  );
}

/** How many fields have an error (a FieldError has a type; refs are DOM nodes, not errors). */
function countErrors(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  if ('type' in node && 'message' in node) return 1;
  let n = 0;
  for (const [key, value] of Object.entries(node)) if (key !== 'ref') n += countErrors(value);
  return n;
}

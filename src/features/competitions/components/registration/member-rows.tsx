import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REGISTRATION_LIMITS } from '@/domain/registration';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { blankMember, type RegistrationValues } from './registration-values';
import styles from './registration.module.css';

interface MemberRowsProps {
  control: Control<RegistrationValues, unknown, unknown>;
  register: UseFormRegister<RegistrationValues>;
  errors: FieldErrors<RegistrationValues>['members'];
  message: (key: string | undefined) => string | undefined;
}

const MAX = REGISTRATION_LIMITS.membersMax;

/** The team's members, one row each (name, role), from 1 to 15 rows. */
export function MemberRows({ control, register, errors, message }: MemberRowsProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'members' });
  const full = fields.length >= MAX;
  // The schema's min/max issue for the array itself lands on `root`.
  const listError = message(errors?.root?.message ?? errors?.message);

  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{t('registration.members.heading')}</legend>
      <p className={styles.hint}>{t('registration.members.hint', { max: MAX })}</p>
      <ol className={styles.members}>
        {fields.map((field, index) => {
          const n = index + 1;
          return (
            <li key={field.id}>
              <fieldset className={styles.member}>
                <legend className={styles.memberLegend}>{t('registration.members.member', { n })}</legend>
                <div className={styles.memberFields}>
                  <TextField
                    label={t('registration.members.name')}
                    autoComplete="off"
                    error={message(errors?.[index]?.name?.message)}
                    {...register(`members.${index}.name`)}
                  />
                  <TextField
                    label={t('registration.members.role')}
                    placeholder={t('registration.members.rolePlaceholder')}
                    autoComplete="organization-title"
                    error={message(errors?.[index]?.role?.message)}
                    {...register(`members.${index}.role`)}
                  />
                </div>
                {fields.length > 1 && (
                  <Button
                    variant="ghost"
                    className={styles.remove}
                    aria-label={t('registration.members.removeLabel', { n })}
                    onClick={() => remove(index)}
                  >
                    {t('registration.members.remove')}
                  </Button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {listError && (
        <p className={styles.error} role="alert">
          {listError}
        </p>
      )}
      <div className={styles.addRow}>
        <Button variant="secondary" disabled={full} onClick={() => append(blankMember())}>
          {t('registration.members.add')}
        </Button>
        {full && <p className={styles.hint}>{t('registration.members.full', { max: MAX })}</p>}
      </div>
    </fieldset>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CompetitionTemplate } from '@/domain/settings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { TranslationKey } from '@/i18n/keys';
import type { CreateCompetitionRequest } from '../../api/create-competition';
import type { listOrganizedCompetitions } from '../../api/organized-competitions';
import { toSettingsError, type SettingsError } from '../../api/settings-error';
import { CopySourceList } from './copy-source-list';
import { createSchema, initialCreateValues, type CreateValues } from './create-values';
import { PresetSummary } from './preset-summary';
import styles from './create.module.css';

interface CreateCompetitionFormProps {
  uid: string;
  /** createCompetition in the app, a fake in tests; resolves to the new competition's id. */
  create: (request: CreateCompetitionRequest) => Promise<string>;
  onCreated: (competitionId: string) => void;
  loadOrganized?: typeof listOrganizedCompetitions;
}

const TEMPLATES: readonly CompetitionTemplate[] = ['preset', 'blank', 'copy'];

/** Where to start (preset, blank, or a copy), the names, and Create. */
export function CreateCompetitionForm({ uid, create, onCreated, loadOrganized }: CreateCompetitionFormProps) {
  const { t } = useTranslation();
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateValues>({
    resolver: zodResolver(createSchema) as Resolver<CreateValues>,
    defaultValues: initialCreateValues,
  });
  const template = useWatch({ control, name: 'template' });
  const [failure, setFailure] = useState<SettingsError | null>(null);
  const [done, setDone] = useState(false);
  // A second click can land before React re-renders the disabled button.
  const inFlight = useRef(false);
  const message = (key: string | undefined) => (key ? t(key as TranslationKey) : undefined);

  const onSubmit = async ({ template: tpl, title, titleEn, copyFrom }: CreateValues) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    try {
      const id = await create({
        template: tpl,
        title,
        ...(titleEn ? { titleEn } : {}),
        ...(tpl === 'copy' ? { copyFrom } : {}),
      });
      setDone(true);
      onCreated(id);
    } catch (error) {
      const refusal = toSettingsError(error);
      if (refusal.kind === 'fields') {
        refusal.fields.forEach(({ path, message: key }, i) =>
          setError(path as Path<CreateValues>, { type: 'server', message: key }, { shouldFocus: i === 0 }),
        );
      }
      setFailure(refusal);
    } finally {
      inFlight.current = false;
    }
  };

  const pending = isSubmitting || done;
  const failureText = failure && failureMessage(failure);

  return (
    <form className={styles.form} onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate>
      <fieldset className={styles.templates}>
        <legend className={styles.legend}>{t('setup.create.templateLegend')}</legend>
        <div className={styles.cards}>
          {TEMPLATES.map((tpl) => (
            <label key={tpl} className={styles.card} data-testid={`template-${tpl}`}>
              <span className={styles.cardHead}>
                <input type="radio" value={tpl} {...register('template')} />
                <span className={styles.cardTitle}>{t(`setup.create.${tpl}.title`)}</span>
              </span>
              <span className={styles.cardBody}>{t(`setup.create.${tpl}.body`)}</span>
              {tpl === 'preset' && <PresetSummary />}
            </label>
          ))}
        </div>
      </fieldset>

      {template === 'copy' && (
        <CopySourceList
          uid={uid}
          field={register('copyFrom')}
          error={message(errors.copyFrom?.message)}
          load={loadOrganized}
        />
      )}

      <div className={styles.names}>
        <TextField
          label={t('setup.create.titleLabel')}
          hint={t('setup.create.titleHint')}
          autoComplete="off"
          error={message(errors.title?.message)}
          {...register('title')}
        />
        <TextField
          label={t('setup.create.titleEnLabel')}
          autoComplete="off"
          error={message(errors.titleEn?.message)}
          {...register('titleEn')}
        />
      </div>

      {failureText && <Alert tone="error">{t(failureText)}</Alert>}
      <div>
        <Button type="submit" pending={pending}>
          {pending ? t('setup.create.submitting') : t('setup.create.submit')}
        </Button>
      </div>
    </form>
  );
}

function failureMessage(failure: SettingsError) {
  switch (failure.kind) {
    case 'fields':
      return 'setup.create.errors.fields' as const;
    // Only a copy can be refused: the caller does not organize its source.
    case 'refused':
    case 'permission':
      return 'setup.create.errors.permission' as const;
    case 'network':
      return 'setup.create.errors.network' as const;
    default:
      return 'setup.create.errors.unknown' as const;
  }
}

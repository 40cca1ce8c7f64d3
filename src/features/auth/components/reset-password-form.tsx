import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useLanguage } from '@/i18n/use-language';
import { requestPasswordReset } from '../api/reset-password';
import { resetPasswordSchema, type ResetPasswordValues } from '../api/schemas';
import { reportAuthError } from '../hooks/report-auth-error';
import { useMessage } from '../hooks/use-message';
import { FormError } from './form-error';
import styles from './auth-form.module.css';

export function ResetPasswordForm({ showEmulatorHint = false }: { showEmulatorHint?: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const { language } = useLanguage();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { email: '' },
  });

  const onSubmit = async ({ email }: ResetPasswordValues) => {
    setSent(false);
    try {
      await requestPasswordReset(email, language);
      setSent(true);
    } catch (error) {
      reportAuthError(setError, error, ['email']);
    }
  };

  return (
    <form className={styles.form} onSubmit={handleSubmit(onSubmit)} noValidate>
      <div className={styles.heading}>
        <h1>{t('auth.reset.title')}</h1>
        <p className={styles.subtitle}>{t('auth.reset.intro')}</p>
      </div>
      {sent && (
        <Alert tone="success">
          <p>{t('auth.reset.sent')}</p>
          {showEmulatorHint && <p>{t('auth.reset.emulatorHint')}</p>}
        </Alert>
      )}
      <FormError messageKey={errors.root?.server?.message} />
      <TextField
        label={t('auth.reset.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={message(errors.email?.message)}
        {...register('email')}
      />
      <Button type="submit" block pending={isSubmitting}>
        {isSubmitting ? t('auth.reset.submitting') : t('auth.reset.submit')}
      </Button>
      <p className={styles.links}>
        <Link className={styles.link} to="/sign-in">
          {t('auth.reset.backToSignIn')}
        </Link>
      </p>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { signUpSchema, type SignUpValues } from '../api/schemas';
import { reportAuthError } from '../hooks/report-auth-error';
import { useMessage } from '../hooks/use-message';
import { useSignUp } from '../hooks/use-sign-up';
import { FormError } from './form-error';
import styles from './auth-form.module.css';

// Signing up on the way to registering a team (from "register a team").
const REGISTERING = /^\/explore\/[^/]+\/register$/;

export function SignUpForm({ search = '' }: { search?: string }) {
  const { t } = useTranslation();
  const params = new URLSearchParams(search);
  const registering = REGISTERING.test(params.get('next') ?? '');
  // An invitation link signs up with the invited email (`?email=`), which accepting it requires.
  const invitedEmail = params.get('email')?.trim() ?? '';
  const message = useMessage();
  const signUp = useSignUp();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { displayName: '', email: invitedEmail, password: '', confirmPassword: '' },
  });

  const onSubmit = async (values: SignUpValues) => {
    try {
      await signUp(values);
    } catch (error) {
      reportAuthError(setError, error, ['email', 'password']);
    }
  };

  return (
    <form className={styles.form} onSubmit={handleSubmit(onSubmit)} noValidate>
      <div className={styles.heading}>
        <h1>{t('auth.signUp.title')}</h1>
        <p className={styles.subtitle}>{registering ? t('registration.signUpSubtitle') : t('auth.signUp.subtitle')}</p>
      </div>
      <FormError messageKey={errors.root?.server?.message} />
      <TextField
        label={t('auth.signUp.displayName')}
        autoComplete="name"
        error={message(errors.displayName?.message)}
        {...register('displayName')}
      />
      <TextField
        label={t('auth.signUp.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={message(errors.email?.message)}
        {...register('email')}
      />
      <TextField
        label={t('auth.signUp.password')}
        type="password"
        autoComplete="new-password"
        hint={t('auth.signUp.passwordHint')}
        error={message(errors.password?.message)}
        {...register('password')}
      />
      <TextField
        label={t('auth.signUp.confirmPassword')}
        type="password"
        autoComplete="new-password"
        error={message(errors.confirmPassword?.message)}
        {...register('confirmPassword')}
      />
      <Button type="submit" block pending={isSubmitting}>
        {isSubmitting ? t('auth.signUp.submitting') : t('auth.signUp.submit')}
      </Button>
      <p className={styles.links}>
        <span>{t('auth.signUp.haveAccount')}</span>
        <Link className={styles.link} to={`/sign-in${search}`}>
          {t('auth.signUp.signInLink')}
        </Link>
      </p>
    </form>
  );
}

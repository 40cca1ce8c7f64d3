import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { paths } from '@/lib/paths';
import { DEMO_PASSWORD, signInSchema, type SignInValues } from '../api/schemas';
import { signIn } from '../api/sign-in';
import { reportAuthError } from '../hooks/report-auth-error';
import { useMessage } from '../hooks/use-message';
import { DemoLogins } from './demo-logins';
import { FormError } from './form-error';
import styles from './auth-form.module.css';

interface SignInFormProps {
  /** Query string to carry to the sign-up page (keeps ?next=). */
  search?: string;
  showDemoLogins?: boolean;
}

/**
 * Email and password sign-in. On success the auth listener updates the
 * session and the route guard moves on; this form only reports failures.
 */
export function SignInForm({ search = '', showDemoLogins = false }: SignInFormProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = async ({ email, password }: SignInValues) => {
    try {
      await signIn(email, password);
    } catch (error) {
      reportAuthError(setError, error, ['email', 'password']);
    }
  };

  const fillDemo = (email: string) => {
    setValue('email', email, { shouldValidate: false });
    setValue('password', DEMO_PASSWORD, { shouldValidate: false });
  };

  return (
    <>
      <form className={styles.form} onSubmit={handleSubmit(onSubmit)} noValidate>
        <div className={styles.heading}>
          <h1>{t('auth.signIn.title')}</h1>
          <p className={styles.subtitle}>{t('auth.signIn.subtitle')}</p>
        </div>
        <FormError messageKey={errors.root?.server?.message} />
        <TextField
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          error={message(errors.email?.message)}
          {...register('email')}
        />
        <TextField
          label={t('auth.signIn.password')}
          type="password"
          autoComplete="current-password"
          error={message(errors.password?.message)}
          {...register('password')}
        />
        <div className={styles.row}>
          <Link className={styles.link} to="/reset-password">
            {t('auth.signIn.forgot')}
          </Link>
        </div>
        <Button type="submit" block pending={isSubmitting}>
          {isSubmitting ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </Button>
        <p className={styles.links}>
          <span>{t('auth.signIn.noAccount')}</span>
          <Link className={styles.link} to={`/sign-up${search}`}>
            {t('auth.signIn.signUpLink')}
          </Link>
        </p>
        <p className={styles.links}>
          <span>{t('auth.signIn.exploreLead')}</span>
          <Link className={styles.link} to={paths.explore}>
            {t('auth.signIn.exploreLink')}
          </Link>
        </p>
      </form>
      {showDemoLogins && <DemoLogins onPick={fillDemo} />}
    </>
  );
}

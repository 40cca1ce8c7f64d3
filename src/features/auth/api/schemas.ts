import { z } from 'zod';
import { tk } from '@/i18n/keys';

// Messages are translation keys, translated where shown, so a language
// switch also changes the errors already on screen.

export const PASSWORD_MIN = 8;
export const DEMO_PASSWORD = 'demo1234';

const email = z
  .string()
  .trim()
  .min(1, { error: tk('auth.validation.emailRequired') })
  .pipe(z.email({ error: tk('auth.validation.emailInvalid') }));

export const signInSchema = z.object({
  email,
  // Any existing password is accepted here; length rules apply on sign-up.
  password: z.string().min(1, { error: tk('auth.validation.passwordRequired') }),
});
export type SignInValues = z.infer<typeof signInSchema>;

// 8 rather than Firebase's 6: judges' accounts guard confidential scores.
const newPassword = z
  .string()
  .min(1, { error: tk('auth.validation.passwordRequired') })
  .min(PASSWORD_MIN, { error: tk('auth.validation.passwordTooShort') })
  .max(128, { error: tk('auth.validation.passwordTooLong') });

export const signUpSchema = z
  .object({
    displayName: z
      .string()
      .trim()
      .min(1, { error: tk('auth.validation.displayNameRequired') })
      .max(40, { error: tk('auth.validation.displayNameTooLong') }),
    email,
    password: newPassword,
    confirmPassword: z.string().min(1, { error: tk('auth.validation.confirmRequired') }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    error: tk('auth.validation.confirmMismatch'),
  });
export type SignUpValues = z.infer<typeof signUpSchema>;

export const resetPasswordSchema = z.object({ email });
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

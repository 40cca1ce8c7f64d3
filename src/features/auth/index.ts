// The auth feature's public surface, for the app's routes.
export { ResetPasswordForm } from './components/reset-password-form';
export { SignInForm } from './components/sign-in-form';
export { SignUpForm } from './components/sign-up-form';
export { signOut } from './api/sign-out';
export { watchAuthState } from './api/watch-auth';

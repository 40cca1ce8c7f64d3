import { RequireAuth } from '../guards/require-auth';

/** Everything behind sign-in. */
export function Component() {
  return <RequireAuth />;
}

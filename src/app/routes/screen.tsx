import { useParams } from 'react-router';
import { ScreenPage } from '@/features/screen';

/** `/screen/:token`: the big screen of a roadshow, read-only and signed out; the token is its only key. */
export function Component() {
  const { token = '' } = useParams();
  return <ScreenPage token={token} />;
}

import { NotFoundContent } from '@/components/status-pages';

/** An unknown page inside a frame that is already drawn. */
export function Component() {
  return <NotFoundContent />;
}

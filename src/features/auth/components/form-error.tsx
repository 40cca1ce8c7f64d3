import { Alert } from '@/components/ui/alert';
import { useMessage } from '../hooks/use-message';

/** The error for the whole form, from `errors.root.server`. */
export function FormError({ messageKey }: { messageKey?: string }) {
  const message = useMessage();
  if (!messageKey) return null;
  return <Alert tone="error">{message(messageKey)}</Alert>;
}

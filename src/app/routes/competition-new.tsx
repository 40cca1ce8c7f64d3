import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';

/** Placeholder: built by issue 9. */
export function Component() {
  const { t } = useTranslation();
  return <PageHeader title={t('setup.create.title')} />;
}

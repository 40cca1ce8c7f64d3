import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '@/components/layout/document-title';
import { OpenCompetitions } from '@/features/competitions';

/** `/explore`: competitions open for registration. */
export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('explore.title')} />
      <OpenCompetitions />
    </>
  );
}

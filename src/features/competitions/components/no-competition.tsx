import { useTranslation } from 'react-i18next';
import { StatusPage } from '@/components/ui/status-page';

/** Signed in, but no organizer has added this account to a competition. */
export function NoCompetition({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <StatusPage
      testId="no-competition"
      title={t('routing.noCompetition.title')}
      body={
        <>
          <p>{t('routing.noCompetition.body')}</p>
          <p>{t('routing.noCompetition.signedInAs', { email })}</p>
        </>
      }
    />
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { createCompetition } from '../../api/create-competition';
import { CreateCompetitionForm } from './create-competition-form';
import styles from './create.module.css';

/** `/competitions/new`: any signed-in user starts a competition and becomes its organizer. */
export function CreatePage({ uid, onCreated }: { uid: string; onCreated: (competitionId: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('setup.create.title')} />
      <p className={styles.intro}>{t('setup.create.intro')}</p>
      <CreateCompetitionForm uid={uid} create={createCompetition} onCreated={onCreated} />
    </>
  );
}

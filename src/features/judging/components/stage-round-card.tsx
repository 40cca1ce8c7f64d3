import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Round } from '@/domain/model';
import { pickLocalized } from '@/i18n/languages';
import { useLanguage } from '@/i18n/use-language';
import { paths } from '@/lib/paths';
import styles from './judge-home.module.css';

/** An open roadshow round on the judge's home: scored live on stage, so one link to the stage page, no list. */
export function StageRoundCard({ competitionId, round }: { competitionId: string; round: Round }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Card title={pickLocalized(language, round.name, round.nameEn)}>
      <p className={styles.kind}>{t(`judging.kind.${round.kind}`)}</p>
      <p>{t('roadshow.home.body')}</p>
      <Link
        className={buttonClass('primary')}
        to={paths.judgeStage(competitionId, round.id)}
        data-testid="judge-stage-link"
      >
        {t('roadshow.home.open')}
      </Link>
    </Card>
  );
}

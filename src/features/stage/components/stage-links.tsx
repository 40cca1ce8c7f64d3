import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ShareLink, type ShareLinkStrings } from '@/components/ui/share-link';
import { paths } from '@/lib/paths';
import type { StageCall } from '../hooks/use-stage-call';
import styles from './stage.module.css';

const absolute = (path: string) => new URL(path, window.location.origin).toString();

/**
 * The two links of the hall: the judges' (a QR code to scan; they sign in
 * once and their phone follows the stage) and the big screen's (a separate,
 * revocable token with no organizer right: a new link ends the old one).
 */
export function StageLinks({
  competitionId,
  roundId,
  screenToken,
  call,
}: {
  competitionId: string;
  roundId: string;
  /** undefined while it loads, null when no screen link was made yet. */
  screenToken: string | null | undefined;
  call: StageCall;
}) {
  const { t } = useTranslation();
  const strings: ShareLinkStrings = {
    copy: t('stage.links.copy'),
    copied: t('stage.links.copied'),
    copyFailed: t('stage.links.copyFailed'),
    showQr: t('stage.links.showQr'),
    hideQr: t('stage.links.hideQr'),
    qrLoading: t('stage.links.qrLoading'),
    qrFailed: t('stage.links.qrFailed'),
    qrAlt: t('stage.links.qrAlt'),
  };
  const screenLink = screenToken ? absolute(paths.screen(screenToken)) : null;

  return (
    <Card title={t('stage.links.title')}>
      <div className={styles.links}>
        <div>
          <h3 className={styles.linkTitle}>{t('stage.links.judges')}</h3>
          <p className={styles.muted}>{t('stage.links.judgesHint')}</p>
          <ShareLink
            link={absolute(paths.judgeStage(competitionId, roundId))}
            label={t('stage.links.judges')}
            labelHidden
            strings={strings}
            testIds={{ link: 'stage-judge-link', qr: 'stage-judge-qr' }}
            // The judges scan it from the laptop's screen: shown at once.
            qrOpen
          />
        </div>
        <div>
          <h3 className={styles.linkTitle}>{t('stage.links.screen')}</h3>
          <p className={styles.muted}>{t('stage.links.screenHint')}</p>
          {screenLink && (
            <ShareLink
              link={screenLink}
              label={t('stage.links.screen')}
              labelHidden
              strings={strings}
              testIds={{ link: 'stage-screen-link', qr: 'stage-screen-qr' }}
              actions={
                <a className={styles.openLink} href={screenLink} target="_blank" rel="noreferrer">
                  {t('stage.links.openScreen')}
                </a>
              }
            />
          )}
          <div className={styles.actions}>
            <Button
              variant={screenLink ? 'ghost' : 'secondary'}
              onClick={() => void call.run({ type: 'screenLink' })}
              pending={call.pending === 'screenLink'}
              disabled={call.pending !== null || screenToken === undefined}
              data-testid="stage-screen-link-button"
            >
              {screenLink ? t('stage.links.newScreen') : t('stage.links.makeScreen')}
            </Button>
          </div>
          {screenLink && <p className={styles.muted}>{t('stage.links.newScreenHint')}</p>}
        </div>
      </div>
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/i18n/use-language';
import { COMPETITION_TIME_ZONE } from '@/lib/format/date';

/** Hours, minutes and seconds in Beijing time. */
const clockTime = (millis: number, language: string) =>
  new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: COMPETITION_TIME_ZONE,
  }).format(millis);

/** Says the page follows the sheets live, and when they last changed. */
export function LiveStatus({ receivedAt, className }: { receivedAt: number | null; className?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (receivedAt === null) return null;
  return (
    <p className={className} role="status" data-testid="live-status">
      {t('results.live', { time: clockTime(receivedAt, language) })}
    </p>
  );
}

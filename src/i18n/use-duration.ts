import { useTranslation } from 'react-i18next';
import { splitDuration } from '@/lib/format/date';

/** "3 天 4 小时" / "3 days 4 hours": the two largest non-zero units. */
export function useFormatDuration() {
  const { t } = useTranslation();
  return (millis: number): string => {
    const { days, hours, minutes } = splitDuration(millis);
    const parts: string[] = [];
    if (days) parts.push(t('time.days', { count: days }));
    if (hours) parts.push(t('time.hours', { count: hours }));
    if (minutes && !days) parts.push(t('time.minutes', { count: minutes }));
    return parts.length ? parts.join(t('time.separator')) : t('time.lessThanMinute');
  };
}

/** Competitions run on China time, whatever the viewer's clock says. */
export const COMPETITION_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(millis: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: COMPETITION_TIME_ZONE,
    hourCycle: 'h23',
  }).format(millis);
}

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Splits a non-negative span into whole days, hours and minutes. */
export function splitDuration(millis: number): DurationParts {
  const totalMinutes = Math.max(0, Math.floor(millis / 60_000));
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  };
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

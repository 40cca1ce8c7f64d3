// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDateTime, splitDuration } from './date';

describe('date formatting', () => {
  it('shows times in China time', () => {
    // 16:00 UTC is midnight in Beijing, the next day.
    const text = formatDateTime(Date.UTC(2025, 5, 30, 16, 0), 'en');
    expect(text).toMatch(/Jul 1, 2025/);
    expect(text).toMatch(/00:00/);
  });

  it('splits a span into days, hours and minutes', () => {
    expect(splitDuration((2 * 1440 + 3 * 60 + 4) * 60_000 + 59_000)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
    });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});

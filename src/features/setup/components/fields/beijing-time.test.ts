// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromBeijingInput, toBeijingInput } from './beijing-time';

describe('Beijing time inputs', () => {
  it('shows and reads times as UTC+8, whatever the device zone', () => {
    const nineAm = Date.UTC(2027, 2, 1, 1, 0);
    expect(toBeijingInput(nineAm)).toBe('2027-03-01T09:00');
    expect(fromBeijingInput('2027-03-01T09:00')).toBe(nineAm);
    // Past midnight in Beijing is still the previous day in UTC.
    expect(toBeijingInput(Date.UTC(2027, 0, 31, 16, 30))).toBe('2027-02-01T00:30');
  });

  it('reads empty as no time and rubbish as not a number', () => {
    expect(fromBeijingInput('')).toBeNull();
    expect(fromBeijingInput('soon')).toBeNaN();
    expect(toBeijingInput(null)).toBe('');
  });
});

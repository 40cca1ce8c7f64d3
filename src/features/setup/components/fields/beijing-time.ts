// The settings page shows and takes times in Beijing time (UTC+8, no daylight
// saving since 1991) whatever the browser's zone, and stores epoch millis.
// A fixed offset keeps this exact and independent of the device's zone data.
const OFFSET_MS = 8 * 3_600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Epoch millis → the value of a datetime-local input in Beijing time ('2027-03-01T09:00'). */
export function toBeijingInput(millis: number | null): string {
  if (millis === null || !Number.isFinite(millis)) return '';
  const d = new Date(millis + OFFSET_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A datetime-local value read as Beijing time → epoch millis; '' → null; anything else → NaN (the schema refuses it). */
export function fromBeijingInput(value: string): number | null {
  if (value === '') return null;
  const m = LOCAL.exec(value);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS;
}

// Documents read through the full SDK → domain types, by the same lenient
// readers as the Lite converters (src/lib/firebase/converters.ts). Those
// recognise Lite's Timestamp class only, so the full SDK's Timestamps are
// turned into epoch milliseconds first.
import type { Entry } from '@/domain/model';

type Raw = Record<string, unknown>;

/** The top-level fields with a toMillis() (the full SDK's Timestamps) as numbers. */
export function plainDates(data: Raw): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(data)) {
    const t = value as { toMillis?: unknown } | null;
    out[key] = t && typeof t === 'object' && typeof t.toMillis === 'function' ? (t.toMillis as () => number)() : value;
  }
  return out;
}

/** What the scoring screen shows of an entry: its content, never who the team is (a separate document). */
export type SheetEntry = Entry;

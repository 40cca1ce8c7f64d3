import {
  CONFIDENCE_DEFAULTS,
  MAX_SAMPLES,
  MAX_SEED,
  MIN_SAMPLES,
  type ConfidenceOptions,
} from '../../src/domain/results';

export type ConfidenceArgs = { ok: true; options: ConfidenceOptions } | { ok: false; problem: string };

/**
 * The arguments from `--confidence` on, by the spec's rules
 * (shared/spec/confidence-v1.md, "Request"): `--confidence` once, then
 * `--samples B` and `--seed S`, each at most once and in any order, each
 * taking the next argument, written in decimal digits only, B in
 * 100 … 100000 and S in 0 … 4294967295. A problem is one short line.
 */
export function parseConfidenceArgs(args: readonly string[]): ConfidenceArgs {
  const given = new Map<string, string>();
  let confidence = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--confidence') {
      if (confidence) return { ok: false, problem: '--confidence given twice' };
      confidence = true;
    } else if (arg === '--samples' || arg === '--seed') {
      if (given.has(arg)) return { ok: false, problem: `${arg} given twice` };
      const value = args[i + 1];
      if (value === undefined) return { ok: false, problem: `${arg} needs a value` };
      given.set(arg, value);
      i++;
    } else if (arg === '--csv') {
      return { ok: false, problem: '--confidence cannot be combined with --csv' };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, problem: `unknown option "${arg}" after the export file` };
    } else {
      return { ok: false, problem: `unexpected argument "${arg}" (the export file comes first)` };
    }
  }
  if (!confidence) return { ok: false, problem: '--samples and --seed need --confidence' };

  const samples = decimal(given.get('--samples'), CONFIDENCE_DEFAULTS.samples);
  if (samples === null || samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
    return {
      ok: false,
      problem: `--samples must be a whole number ${MIN_SAMPLES}…${MAX_SAMPLES} in digits, not "${given.get('--samples')}"`,
    };
  }
  const seed = decimal(given.get('--seed'), CONFIDENCE_DEFAULTS.seed);
  if (seed === null || seed > MAX_SEED) {
    return {
      ok: false,
      problem: `--seed must be a whole number 0…${MAX_SEED} in digits, not "${given.get('--seed')}"`,
    };
  }
  return { ok: true, options: { samples, seed } };
}

/** The value of a string of decimal digits (no sign, point, exponent or space), the fallback when absent, else null. */
function decimal(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  if (!/^[0-9]+$/.test(text)) return null;
  // Long strings of digits stay out of range without losing precision to a huge number.
  const trimmed = text.replace(/^0+(?=.)/, '');
  return trimmed.length > 10 ? Number.POSITIVE_INFINITY : Number(trimmed);
}

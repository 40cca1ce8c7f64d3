import { readFileSync } from 'node:fs';
import { computeConfidence, computeResults, resultRows } from '../../src/domain/results';
import { type CliOutcome } from '../cli-shared/main';
import { readJsonInput } from '../cli-shared/read-input';
import { parseConfidenceArgs } from './confidence-args';
import { toCsv } from './csv';

export const USAGE = `Usage: npm run --silent results -- <export.json | -> [--csv]
       npm run --silent results -- <export.json | -> --confidence [--samples B] [--seed S]

Computes a competition's results (format judging-results/v1) from an
export (format judging-export/v1) with the same engine the Cloud Functions
use, so anyone can re-check published results. "-" reads stdin.

Options:
  --csv       print CSV instead of JSON: UTF-8 with BOM, header row, columns
              group,rank,entryId,title,score,sheets,award,note
  --confidence
              add "confidence", each ranked entry's award confidence and
              95 % rank interval from B panels resampled from its own
              sheets (shared/spec/confidence-v1.md); ranks and awards do
              not change. After the file, not with --csv.
  --samples B B resampled panels, 100 … 100000 (default 2000)
  --seed S    the generator's seed, 0 … 4294967295 (default 1)
  -h, --help  print this text

Exit status: 0 results printed; 1 input refused (one problem per line on
stderr, nothing on stdout); 2 usage error.
`;

export type { CliOutcome };

function usageError(message: string): CliOutcome {
  return { stdout: '', stderr: [`results: ${message} (see --help)`], code: 2 };
}

const CONFIDENCE_OPTIONS = new Set(['--confidence', '--samples', '--seed']);

/** The whole CLI as a function (tests call it in-process; main.ts does the I/O). */
export function runCli(args: readonly string[], readStdin: () => string = () => readFileSync(0, 'utf8')): CliOutcome {
  let csv = false;
  const files: string[] = [];
  let optionsEnded = false;
  // Everything from --confidence on, after the file: parsed by the spec's stricter rules.
  let confidenceArgs: string[] | null = null;
  for (const [i, arg] of args.entries()) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return { stdout: USAGE, stderr: [], code: 0 };
    else if (!optionsEnded && arg === '--csv') csv = true;
    else if (!optionsEnded && CONFIDENCE_OPTIONS.has(arg)) {
      if (files.length === 0) return usageError(`${arg} goes after the export file`);
      confidenceArgs = args.slice(i);
      break;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return usageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) {
    return usageError(files.length === 0 ? 'missing export file' : 'expected exactly one export file');
  }
  const confidence = confidenceArgs ? parseConfidenceArgs(confidenceArgs) : null;
  if (confidence && !confidence.ok) return usageError(confidence.problem);
  if (confidence && csv) return usageError('--confidence cannot be combined with --csv');
  const input = readJsonInput(files[0]!, readStdin);
  if (!input.ok) return { stdout: '', stderr: [input.problem], code: 1 };
  const name = input.name;

  const out = computeResults(input.value);
  if (!out.ok) return { stdout: '', stderr: out.problems.map((p) => `${name}: ${p}`), code: 1 };

  if (confidence) {
    // `confidence` last, the rest byte for byte as without the flag.
    const withConfidence = { ...out.results, confidence: computeConfidence(out.analysis, confidence.options) };
    return { stdout: `${JSON.stringify(withConfidence, null, 2)}\n`, stderr: [], code: 0 };
  }
  const stdout = csv ? toCsv(resultRows(out.analysis)) : `${JSON.stringify(out.results, null, 2)}\n`;
  return { stdout, stderr: [], code: 0 };
}

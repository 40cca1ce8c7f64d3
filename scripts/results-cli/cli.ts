import { readFileSync } from 'node:fs';
import { computeResults, resultRows } from '../../src/domain/results';
import { type CliOutcome } from '../cli-shared/main';
import { readJsonInput } from '../cli-shared/read-input';
import { toCsv } from './csv';

export const USAGE = `Usage: npm run --silent results -- <export.json | -> [--csv]

Computes a competition's results (format judging-results/v1) from an
export (format judging-export/v1) with the same engine the Cloud Functions
use, so anyone can re-check published results. "-" reads stdin.

Options:
  --csv       print CSV instead of JSON: UTF-8 with BOM, header row, columns
              group,rank,entryId,title,score,sheets,award,note
  -h, --help  print this text

Exit status: 0 results printed; 1 input refused (one problem per line on
stderr, nothing on stdout); 2 usage error.
`;

export type { CliOutcome };

function usageError(message: string): CliOutcome {
  return { stdout: '', stderr: [`results: ${message} (see --help)`], code: 2 };
}

/** The whole CLI as a function (tests call it in-process; main.ts does the I/O). */
export function runCli(args: readonly string[], readStdin: () => string = () => readFileSync(0, 'utf8')): CliOutcome {
  let csv = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return { stdout: USAGE, stderr: [], code: 0 };
    else if (!optionsEnded && arg === '--csv') csv = true;
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return usageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) {
    return usageError(files.length === 0 ? 'missing export file' : 'expected exactly one export file');
  }
  const input = readJsonInput(files[0]!, readStdin);
  if (!input.ok) return { stdout: '', stderr: [input.problem], code: 1 };
  const name = input.name;

  const out = computeResults(input.value);
  if (!out.ok) return { stdout: '', stderr: out.problems.map((p) => `${name}: ${p}`), code: 1 };

  const stdout = csv ? toCsv(resultRows(out.analysis)) : `${JSON.stringify(out.results, null, 2)}\n`;
  return { stdout, stderr: [], code: 0 };
}

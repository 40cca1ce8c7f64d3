import { readFileSync } from 'node:fs';
import { assign } from '../../src/domain/assignment';
import { type CliOutcome } from '../cli-shared/main';
import { readJsonInput } from '../cli-shared/read-input';

export const USAGE = `Usage: npm run --silent assign -- <input.json | ->

Assigns judges to a round's entries (input format judging-assignment-input/v1,
output format judging-assignment/v1, see shared/spec/assignment-v1.md) with
the same engine the Cloud Function uses (src/domain/assignment). "-" reads
stdin.

Options:
  -h, --help  print this text

Exit status: 0 assignment printed; 1 input refused or impossible (one problem
per line on stderr, nothing on stdout); 2 usage error.
`;

function usageError(message: string): CliOutcome {
  return { stdout: '', stderr: [`assign: ${message} (see --help)`], code: 2 };
}

/** The whole CLI as a function (tests call it in-process; main.ts does the I/O). */
export function runCli(args: readonly string[], readStdin: () => string = () => readFileSync(0, 'utf8')): CliOutcome {
  const files: string[] = [];
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return { stdout: USAGE, stderr: [], code: 0 };
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return usageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length !== 1) {
    return usageError(files.length === 0 ? 'missing input file' : 'expected exactly one input file');
  }
  const input = readJsonInput(files[0]!, readStdin);
  if (!input.ok) return { stdout: '', stderr: [input.problem], code: 1 };

  const out = assign(input.value);
  if (!out.ok) return { stdout: '', stderr: out.problems.map((p) => `${input.name}: ${p}`), code: 1 };
  return { stdout: `${JSON.stringify(out.value, null, 2)}\n`, stderr: [], code: 0 };
}

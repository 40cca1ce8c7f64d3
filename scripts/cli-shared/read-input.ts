import { readFileSync } from 'node:fs';
import { parseJson } from '../results-cli/parse-json';

/** The JSON value of the CLI's input file, or its refusal line (prefixed with the file's name). */
export type ReadInput = { ok: true; name: string; value: unknown } | { ok: false; name: string; problem: string };

/**
 * Reads and parses one input file of a CLI; "-" reads stdin. The name used
 * in problem lines is the path as given, or "stdin".
 */
export function readJsonInput(file: string, readStdin: () => string): ReadInput {
  const name = file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = file === '-' ? readStdin() : readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message.split('\n')[0];
    return { ok: false, name, problem: `${name}: cannot read: ${why}` };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, name, problem: `${name}: ${parsed.problem}` };
  return { ok: true, name, value: parsed.value };
}

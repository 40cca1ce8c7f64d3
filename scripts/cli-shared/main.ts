/** What a CLI computed: stdout's text, stderr's lines (without newlines), exit status. */
export interface CliOutcome {
  stdout: string;
  /** One line per problem, without newlines. */
  stderr: string[];
  code: number;
}

/*
 * The I/O of a CLI's entry point (build/<name>-cli.mjs). Never lets a stack
 * trace reach the user: refusals are problem lines, anything unexpected is one
 * line too. Sets exitCode instead of calling process.exit() so a large stdout
 * is fully flushed into a pipe before the process ends.
 */
export function runMain(name: string, runCli: (args: readonly string[]) => CliOutcome): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // `<cli> … | head` closes the pipe early: not an error of ours.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });

  try {
    const out = runCli(process.argv.slice(2));
    if (out.stderr.length > 0) process.stderr.write(`${out.stderr.join('\n')}\n`);
    if (out.stdout) process.stdout.write(out.stdout);
    process.exitCode = out.code;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${name}: internal error: ${message.split('\n')[0]}\n`);
    process.exitCode = 3;
  }
}

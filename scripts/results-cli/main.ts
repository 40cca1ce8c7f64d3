import { runMain } from '../cli-shared/main';
import { runCli } from './cli';

// Entry point of build/results-cli.mjs (see scripts/cli-shared/main.ts).
runMain('results', runCli);

// Launcher for the results CLI (`npm run --silent results -- export.json`):
// runs build/results-cli.mjs, rebuilt first if its sources changed.
import { launch } from './lib/cli-launcher.mjs';

await launch('results');

// Launcher for the assignment CLI (`npm run --silent assign -- input.json`):
// runs build/assign-cli.mjs, rebuilt first if its sources changed.
import { launch } from './lib/cli-launcher.mjs';

await launch('assign');

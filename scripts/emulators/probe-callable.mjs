// Checks that a Functions emulator has loaded the functions and runs them: calls
// the computeRoundResults callable signed out, which must answer the callable
// protocol's UNAUTHENTICATED error (a function that was not loaded answers 404).
// Prints one line and exits 0 only on that answer.
//
//   node scripts/emulators/probe-callable.mjs --port 5001
import { parseArgs } from 'node:util';
import { PROJECT_ID } from './emulator-env.mjs';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node scripts/emulators/probe-callable.mjs --port <functions emulator port>');
  process.exit(2);
}

const url = `http://${values.host}:${port}/${PROJECT_ID}/us-central1/computeRoundResults`;
let status;
let text;
try {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { competitionId: 'x', roundId: 'y' } }),
    signal: AbortSignal.timeout(30_000),
  });
  status = res.status;
  text = await res.text();
} catch (err) {
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
  console.error(`✖ probe: POST ${url} failed (${err instanceof Error ? err.message : String(err)}${cause})`);
  process.exit(1);
}

let body;
try {
  body = JSON.parse(text);
} catch {
  body = undefined;
}
if (status === 401 && body?.error?.status === 'UNAUTHENTICATED') {
  console.log(`✔ probe: computeRoundResults on port ${port} answered UNAUTHENTICATED (HTTP 401)`);
  process.exit(0);
}
console.error(`✖ probe: computeRoundResults on port ${port} answered HTTP ${status}: ${text.slice(0, 300)}`);
process.exit(1);

// A stand-in for the Cloud Storage rules runtime (a jar firebase-tools would
// download, which these machines cannot). It speaks the same JSON-lines
// protocol on stdio but EVALUATES NO RULES: every request is permitted, so
// storage.rules is not enforced by the local emulator. Uploads are therefore
// also validated server-side by a Storage-triggered function, which the
// emulator does run. Never deployed: it is only reached through the java shim
// in emulator-env.mjs.
import { createInterface } from 'node:readline';

const reply = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

reply({ id: -1, status: 'ok', action: 'ready' });

createInterface({ input: process.stdin }).on('line', (line) => {
  let req;
  try {
    req = JSON.parse(line);
  } catch {
    return;
  }
  if (req.action === 'load_ruleset') {
    reply({ id: req.id, status: 'ok', errors: [], warnings: [], result: { rulesVersion: 2 } });
  } else if (req.action === 'verify') {
    reply({ id: req.id, status: 'ok', errors: [], warnings: [], result: { permit: true } });
  } else {
    reply({ id: req.id, status: 'ok', errors: [], warnings: [], result: {} });
  }
});
process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

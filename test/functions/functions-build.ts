// Loads the functions through their own build (functions/lib, made by esbuild
// from functions/src + src/domain), exactly what the emulator and a deploy run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import firebaseFunctionsTest from 'firebase-functions-test';

const built = join(process.cwd(), 'functions', 'lib', 'index.js');

// What the Functions runtime would set: the project and its default bucket.
process.env.FIREBASE_CONFIG ??= JSON.stringify({
  projectId: 'demo-judging',
  storageBucket: 'demo-judging.appspot.com',
});
process.env.GCLOUD_PROJECT ??= 'demo-judging';

export const fft = firebaseFunctionsTest({ projectId: 'demo-judging', storageBucket: 'demo-judging.appspot.com' });

type Callable = (request: {
  data: unknown;
  auth?: { uid: string; token: Record<string, unknown> };
}) => Promise<unknown>;

export async function loadCallable(name: string): Promise<(data: unknown, uid?: string) => Promise<unknown>> {
  if (!existsSync(built))
    throw new Error(`${built} is missing: the emulator suites build it (npm run build:functions).`);
  const mod = (await import(pathToFileURL(built).href)) as Record<string, unknown>;
  const fn = mod[name];
  if (!fn) throw new Error(`functions/lib exports no ${name}`);
  const wrapped = fft.wrap(fn as never) as unknown as Callable;
  return (data, uid) => wrapped({ data, ...(uid ? { auth: { uid, token: { uid } } } : {}) });
}

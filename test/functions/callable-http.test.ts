// Raw HTTP to the callables as the Functions emulator serves them: payloads
// that firebase-functions' own decoder would turn into INTERNAL (an Int64
// "NaN", an unknown "@type", very deep nesting, an oversized body) are
// answered with INVALID_ARGUMENT and a message.
import { describe, expect, it } from 'vitest';

/** Where the Functions emulator listens, as the emulator hub lists it. */
async function functionsOrigin(): Promise<string> {
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (!hub) throw new Error('FIREBASE_EMULATOR_HUB is not set: run this suite through with-emulators.mjs.');
  const listed = (await (await fetch(`http://${hub}/emulators`)).json()) as Record<
    string,
    { host: string; port: number }
  >;
  const functions = listed.functions;
  if (!functions) throw new Error('The Functions emulator is not running.');
  return `http://${functions.host}:${functions.port}`;
}

async function call(name: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${await functionsOrigin()}/demo-judging/us-central1/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const int64 = (value: string) => ({ '@type': 'type.googleapis.com/google.protobuf.Int64Value', value });

describe('callables over HTTP', () => {
  it('answers an Int64 NaN with INVALID_ARGUMENT, not INTERNAL', async () => {
    const { status, json } = await call(
      'submitSheet',
      JSON.stringify({ data: { competitionId: 'xining-2021', roundId: int64('NaN') } }),
    );
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ status: 'INVALID_ARGUMENT', message: expect.stringContaining('data.roundId') });
  });

  it('answers an Int64 whose value is an object (its toString throws) with INVALID_ARGUMENT', async () => {
    const { status, json } = await call(
      'computeRoundResults',
      JSON.stringify({ data: { competitionId: 'x', n: int64({ toString: 0 } as unknown as string) } }),
    );
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
  });

  it('answers an unknown @type and deep nesting with INVALID_ARGUMENT', async () => {
    const unknownType = await call(
      'computeRoundResults',
      JSON.stringify({ data: { competitionId: { '@type': 'evil', value: 1 } } }),
    );
    expect(unknownType.json.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    const deep = await call('computeRoundResults', `{"data":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(deep.json.error).toMatchObject({ status: 'INVALID_ARGUMENT', message: expect.stringContaining('nested') });
  });

  it('answers an oversized body with INVALID_ARGUMENT', async () => {
    const scores = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]));
    const { json } = await call('submitSheet', JSON.stringify({ data: { competitionId: 'xining-2021', scores } }));
    expect(json.error).toMatchObject({ status: 'INVALID_ARGUMENT', message: expect.stringContaining('KiB') });
  });

  it('still serves a well-formed request (signed out: UNAUTHENTICATED)', async () => {
    const { json } = await call('computeRoundResults', JSON.stringify({ data: { competitionId: 'xining-2021' } }));
    expect(json.error).toMatchObject({ status: 'UNAUTHENTICATED' });
  });
});

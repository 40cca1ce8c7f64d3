// @vitest-environment node
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configWithPortOffset, offsetConfigPath, shiftPorts } from './config-offset.mjs';
import { FIREBASE_CONFIG, root } from './emulator-env.mjs';
import { portsOf } from './preflight.mjs';

const project = () => JSON.parse(readFileSync(FIREBASE_CONFIG, 'utf8'));

describe('shiftPorts', () => {
  it('shifts every emulator port, the Firestore websocket and Eventarc and Cloud Tasks included', () => {
    const shifted = shiftPorts(project(), 3000);
    if (!shifted.ok) throw new Error(shifted.reason);
    const before = portsOf(project().emulators);
    expect(before.map((p) => p.name)).toEqual(expect.arrayContaining(['eventarc', 'tasks', 'firestore websocket']));
    expect(portsOf(shifted.config.emulators)).toEqual(before.map(({ name, port }) => ({ name, port: port + 3000 })));
  });

  it('leaves everything but the ports as it is, relative paths included', () => {
    const shifted = shiftPorts(project(), 3000);
    if (!shifted.ok) throw new Error(shifted.reason);
    const { emulators: _shifted, ...rest } = shifted.config;
    const { emulators: _base, ...expected } = project();
    expect(rest).toEqual(expected);
    expect(shifted.config.functions[0].source).toBe('functions');
  });

  it('refuses an offset that puts a port on one of firebase.json’s own ports (200: Auth on Eventarc’s 9299)', () => {
    const shifted = shiftPorts(project(), 200);
    expect(shifted.ok).toBe(false);
    if (shifted.ok) return;
    expect(shifted.reason).toBe(
      '--port-offset 200 cannot be used: it puts auth on 9299, the eventarc port of firebase.json, where the default emulators run; pick another offset.',
    );
  });

  it('refuses every offset that makes a shifted port equal an unshifted one', () => {
    const ports = portsOf(project().emulators).map((p) => p.port);
    const colliding = ports.flatMap((a) => ports.filter((b) => b > a).map((b) => b - a));
    expect(colliding).toContain(200);
    for (const offset of colliding) expect(shiftPorts(project(), offset).ok, `offset ${offset}`).toBe(false);
  });

  it('refuses an offset that lands on a port fetch() blocks (2000: Firestore on 10080)', () => {
    const shifted = shiftPorts(project(), 2000);
    expect(shifted.ok).toBe(false);
    if (shifted.ok) return;
    expect(shifted.reason).toBe(
      '--port-offset 2000 cannot be used: it puts firestore on 10080, a port fetch() and browsers refuse to connect to; pick another offset.',
    );
  });

  it('refuses what is not a whole number above 0, and ports above 65535', () => {
    for (const bad of [0, -100, 1.5, Number.NaN, '', 'abc', '12abc', '-3', '3e3'])
      expect(shiftPorts(project(), bad)).toMatchObject({ ok: false, reason: expect.stringMatching(/whole number/) });
    expect(shiftPorts(project(), 60000)).toMatchObject({ ok: false, reason: expect.stringMatching(/above 65535/) });
    expect(shiftPorts(project(), '3000').ok).toBe(true);
  });
});

describe('configWithPortOffset', () => {
  const offset = 3917;
  afterEach(() => rmSync(offsetConfigPath(offset), { force: true }));

  it('writes the config next to firebase.json, where firebase-tools finds the functions source', () => {
    const made = configWithPortOffset(String(offset));
    if (!made.ok) throw new Error(made.reason);
    expect(made.path).toBe(join(root, `.firebase.offset-${offset}.json`));
    expect(dirname(made.path)).toBe(dirname(FIREBASE_CONFIG));
    expect(JSON.parse(readFileSync(made.path, 'utf8')).emulators.functions.port).toBe(5001 + offset);

    // firebase-tools (pinned) takes the config's directory as the project
    // directory and path.join()s functions[].source onto it.
    const { Config } = createRequire(import.meta.url)('firebase-tools/lib/config') as {
      Config: {
        load(options: { configPath: string; cwd: string }): {
          projectDir: string;
          src: { functions: [{ source: string }] };
        };
      };
    };
    const loaded = Config.load({ configPath: made.path, cwd: root });
    expect(loaded.projectDir).toBe(root);
    expect(join(loaded.projectDir, loaded.src.functions[0].source)).toBe(join(root, 'functions'));
  });

  it('writes nothing for a refused offset', () => {
    expect(configWithPortOffset('200')).toMatchObject({ ok: false });
    expect(existsSync(offsetConfigPath(200))).toBe(false);
  });
});

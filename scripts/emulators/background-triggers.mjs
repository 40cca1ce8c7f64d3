// Turns the Functions emulator's background triggers (Firestore and Storage
// events) off and on, through the emulator hub, as
// @firebase/rules-unit-testing's withFunctionTriggersDisabled does. Turning
// them off waits for the events already queued (milliseconds when none are);
// turning them on reloads the triggers (about 4 s).

/**
 * Off (false) or on (true). Nothing happens where no hub or no Functions
 * emulator runs: there is no trigger to turn off.
 * @param {boolean} on
 */
export async function setBackgroundTriggers(on) {
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (!hub) return;
  const path = on ? 'enableBackgroundTriggers' : 'disableBackgroundTriggers';
  const res = await fetch(`http://${hub}/functions/${path}`, { method: 'PUT' });
  // 400: "The Cloud Functions emulator is not running."
  if (!res.ok && res.status !== 400) {
    throw new Error(`The emulator hub refused ${path}: HTTP ${res.status} ${await res.text()}`);
  }
}

/**
 * Runs `write` with no background trigger firing, then turns them on again:
 * for writing test data that no trigger needs to see. (The progress triggers
 * would otherwise recount each of hundreds of documents, one event at a
 * time: the demo seed alone makes some 1,500 events.)
 * @template T
 * @param {() => Promise<T>} write
 * @returns {Promise<T>}
 */
export async function withoutBackgroundTriggers(write) {
  await setBackgroundTriggers(false);
  try {
    return await write();
  } finally {
    await setBackgroundTriggers(true);
  }
}

/*
 * 1,000 hostile IPC calls (fixed seed: a failure names its case and replays) through the one
 * register wrapper, on every channel of the contract: random values, valid payloads with a field
 * broken, extra arguments, foreign senders. Each answer is { ok: false } with a code unless the
 * input really is valid for the channel, and a handler — where every write happens — never sees
 * input that its schema refuses. No call throws.
 */
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);

import { channels, IPC_ERRORS, type ChannelName } from '../../../shared/ipc';
import { prng, randomValue } from '../../../tests/fixtures/prng';
import { invokeEvent, TRUSTED_URL } from '../../test-support/ipc';
import { invokeChecked } from './register';
import { EXCHANGE_PAYLOADS } from '../../test-support/exchange-payloads';

const CASES = 1000;
const SEED = 7_202_611;
const NAMES = Object.keys(channels) as ChannelName[];

/** A valid payload per channel, to break one field of. */
const VALID: Record<ChannelName, unknown> = {
  'app:get-info': undefined,
  'app:set-language': { language: 'ky' },
  'app:open-data-folder': undefined,
  'files:save-bytes': {
    suggestedName: 'План.xlsx',
    bytes: new Uint8Array([1, 2]),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  },
  'print:print-document': { orientation: 'portrait' },
  'print:save-pdf': { suggestedName: 'План.pdf' },
  'backup:await-request': undefined,
  'backup:deliver': { requestId: crypto.randomUUID(), bytes: new Uint8Array([0x1f, 0x8b]) },
  'backup:write-safety': { bytes: new Uint8Array([0x1f, 0x8b]) },
  'backup:get-status': undefined,
  'backup:read': { name: 'koopsuz-auto-2026-11-05-143000.koopsuz' },
  'backup:open-folder': undefined,
  ...EXCHANGE_PAYLOADS,
};

const FOREIGN = [
  'https://evil.example/',
  'file:///C:/x.html',
  'app://evil/',
  'about:blank',
  'http://127.0.0.1:47813/',
];

describe('IPC fuzz', () => {
  it('has a valid sample for every channel', () => {
    expect(Object.keys(VALID).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES)
      expect(channels[name].input.safeParse(VALID[name]).success, name).toBe(true);
  });

  it(`${CASES} hostile calls: refused with a code unless valid; handlers never see bad input`, async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const rng = prng(SEED);
    let refused = 0;
    for (let n = 0; n < CASES; n += 1) {
      const channel = rng.pick(NAMES);
      const handler = vi.fn(() => null as never);
      const kind = rng.int(4);
      let args: unknown[];
      if (kind === 0) args = [randomValue(rng)];
      else if (kind === 1) {
        const valid = VALID[channel];
        const broken = valid && typeof valid === 'object' ? { ...(valid as object) } : {};
        const keys = Object.keys(broken);
        const key = keys.length && rng.next() < 0.7 ? rng.pick(keys) : 'extra';
        (broken as Record<string, unknown>)[key] = randomValue(rng);
        args = [broken];
      } else if (kind === 2) args = [VALID[channel], randomValue(rng)];
      else args = [VALID[channel]];
      const url = kind === 3 ? rng.pick(FOREIGN) : TRUSTED_URL;

      // What crosses IPC is a structured clone (prototypes are not carried), as Electron sends it.
      args = args.map((arg) => structuredClone(arg));
      let result: Awaited<ReturnType<typeof invokeChecked>>;
      try {
        result = await invokeChecked(channel, handler, invokeEvent(url), args);
      } catch (error) {
        throw new Error(`case ${n} (${channel}) threw: ${String(error)}`, { cause: error });
      }
      const acceptable =
        url === TRUSTED_URL &&
        args.length <= 1 &&
        channels[channel].input.safeParse(args[0]).success;
      if (acceptable) {
        expect(result, `case ${n} ${channel}`).toEqual({ ok: true, value: null });
        expect(handler).toHaveBeenCalledOnce();
      } else {
        expect(result.ok, `case ${n} ${channel} ${JSON.stringify(args)}`).toBe(false);
        if (!result.ok) expect(IPC_ERRORS).toContain(result.error);
        expect(handler, `case ${n} ${channel}: handler reached`).not.toHaveBeenCalled();
        refused += 1;
      }
    }
    // Most calls are hostile: the fuzzer is not just replaying valid input.
    expect(refused).toBeGreaterThan(CASES * 0.5);
  });
});

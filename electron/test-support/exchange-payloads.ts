/* Valid inputs of the exchange channels, for the tests that call every channel. */
export const EXCHANGE_PAYLOADS = {
  'exchange:get-folder': undefined,
  'exchange:choose-folder': undefined,
  'exchange:write-package': {
    name: 'koopsuz-Leninsky-0001.koopsuz-exchange',
    bytes: new Uint8Array([0x50, 0x4b]),
  },
  'exchange:read-package': { name: 'koopsuz-Leninsky-0001.koopsuz-exchange' },
} as const;

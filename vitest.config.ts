import { defineConfig } from 'vitest/config';

/** The time zones the shared project runs in (project name → IANA zone). */
const SHARED_ZONES = {
  shared: 'Asia/Bishkek',
  'shared-far-tz': 'America/Los_Angeles',
};

export default defineConfig({
  test: {
    projects: [
      // shared/ runs twice: in the office's zone and in one on the other side of UTC, so a "local
      // today" that is really UTC fails in one of them. TZ is read by each worker when it starts.
      ...Object.entries(SHARED_ZONES).map(([name, zone]) => ({
        test: {
          name,
          environment: 'node' as const,
          include: ['shared/**/*.test.ts'],
          env: { TZ: zone },
          provide: { testZone: zone },
        },
      })),
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['electron/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'node',
          include: ['renderer/**/*.test.ts'],
          setupFiles: ['tests/setup/indexeddb.ts'],
          // Walking every schema version in fake-indexeddb passes in ~4 s alone, over 5 s loaded.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/config/**/*.test.ts'],
          globalSetup: ['tests/setup/e2e-global.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll's 1 s default is too short for a page on a busy 2-core machine.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});

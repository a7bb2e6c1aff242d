import type { Transaction } from 'dexie';
import { SCHEMA_V1 } from './v1-territories';
import { SCHEMA_V2, upgradeToV2 } from './v2-audit-scope';
import { SCHEMA_V3 } from './v3-working-group';
import { SCHEMA_V4 } from './v4-study';
import { SCHEMA_V5 } from './v5-priorities';
import { SCHEMA_V6 } from './v6-plan';
import { SCHEMA_V7 } from './v7-lean-responses';
import { SCHEMA_V8 } from './v8-monitoring';
import { SCHEMA_V9 } from './v9-exchange';
import { SCHEMA_V10 } from './v10-reports';
import { SCHEMA_V11 } from './v11-assessment';
import { SCHEMA_V12 } from './v12-response-chunks';
import { SCHEMA_V13, upgradeToV13 } from './v13-spending-totals';

export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, oldest first. A version that has landed on main is shipped: never edit it;
 * add a new one with its own upgrade function and upgrade test (architecture A4), and its entry in
 * shipped.json (checked by shipped.test.ts).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
  { version: 5, stores: SCHEMA_V5 },
  { version: 6, stores: SCHEMA_V6 },
  { version: 7, stores: SCHEMA_V7 },
  { version: 8, stores: SCHEMA_V8 },
  { version: 9, stores: SCHEMA_V9 },
  { version: 10, stores: SCHEMA_V10 },
  { version: 11, stores: SCHEMA_V11 },
  { version: 12, stores: SCHEMA_V12 },
  { version: 13, stores: SCHEMA_V13, upgrade: upgradeToV13 },
];

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

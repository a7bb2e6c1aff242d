/// <reference lib="webworker" />
/*
 * The exchange worker (issue 19): a package from another office is unpacked, verified and merged
 * here, so a package with every questionnaire never freezes the page and the page never holds
 * its records. The page gets the manifest, the key's fingerprint and the decision; then asks to
 * import (with the clerk's trust, when the key is new).
 */
import { ExchangeError, type ExchangeRefusal, type Manifest } from '../../shared/exchange/format';
import type { ImportDecision } from '../../shared/exchange/merge';
import { decidePackage, importPackage, type ImportResult } from './import';
import { readExchangePackage, type ReadPackage } from './read-package';

export type ExchangeRequest =
  | { type: 'check'; bytes: ArrayBuffer; workspaceId: string }
  | { type: 'import'; workspaceId: string; trust: boolean };

export type ExchangeResponse =
  | { type: 'checked'; manifest: Manifest; fingerprint: string; decision: ImportDecision }
  | { type: 'imported'; result: ImportResult }
  | { type: 'error'; code: ExchangeRefusal | null };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ExchangeResponse) => scope.postMessage(message);
let read: ReadPackage | null = null;

scope.onmessage = async (event: MessageEvent<ExchangeRequest>) => {
  const message = event.data;
  try {
    if (message.type === 'check') {
      read = await readExchangePackage(new Uint8Array(message.bytes));
      const decision = await decidePackage(read, message.workspaceId);
      post({ type: 'checked', manifest: read.manifest, fingerprint: read.fingerprint, decision });
    } else {
      if (!read) throw new Error('nothing checked');
      const result = await importPackage(read, message.workspaceId, { trust: message.trust });
      post({ type: 'imported', result });
    }
  } catch (error) {
    if (!(error instanceof ExchangeError)) console.error('[exchange] worker failed', error);
    post({ type: 'error', code: error instanceof ExchangeError ? error.code : null });
  }
};

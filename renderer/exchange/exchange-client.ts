/* A promise-shaped handle on the exchange worker: check a package, then import it. */
import { ExchangeError, type Manifest } from '../../shared/exchange/format';
import type { ImportDecision } from '../../shared/exchange/merge';
import type { ImportResult } from './import';
import type { ExchangeRequest, ExchangeResponse } from './exchange.worker';

export interface CheckedPackage {
  manifest: Manifest;
  fingerprint: string;
  decision: ImportDecision;
}

/** One package's session; close() ends the worker. */
export class ExchangeSession {
  private worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), { type: 'module' });

  private run<T extends ExchangeResponse['type']>(
    message: ExchangeRequest,
    expect: T,
    transfer: Transferable[] = [],
  ): Promise<Extract<ExchangeResponse, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<ExchangeResponse>) => {
        const data = event.data;
        if (data.type === 'error')
          reject(data.code ? new ExchangeError(data.code) : new Error('exchange failed'));
        else if (data.type === expect) resolve(data as Extract<ExchangeResponse, { type: T }>);
      };
      this.worker.onerror = (event) => {
        console.error('[exchange] worker failed', event.message);
        reject(new Error('exchange worker failed'));
      };
      this.worker.postMessage(message, transfer);
    });
  }

  /** Reads and verifies the package; rejects with ExchangeError when it is refused. */
  async check(bytes: ArrayBuffer, workspaceId: string): Promise<CheckedPackage> {
    const { manifest, fingerprint, decision } = await this.run(
      { type: 'check', bytes, workspaceId },
      'checked',
      [bytes],
    );
    return { manifest, fingerprint, decision };
  }

  /** Merges the checked package; `trust` confirms a new key. */
  async import(workspaceId: string, trust: boolean): Promise<ImportResult> {
    return (await this.run({ type: 'import', workspaceId, trust }, 'imported')).result;
  }

  close(): void {
    this.worker.terminate();
  }
}

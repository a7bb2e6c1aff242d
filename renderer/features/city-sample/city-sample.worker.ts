/// <reference lib="webworker" />
/*
 * The city sample's worker: builds each sample district in a database of its own, exports its
 * signed package and imports it into the city workspace — off the page, whose database handle
 * must never be switched while it is drawing.
 */
import { importSampleDistricts } from './import-sample';

export type CitySampleRequest = { workspaceId: string };
export type CitySampleResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; changed: number }
  | { type: 'error' };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: CitySampleResponse) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<CitySampleRequest>) => {
  try {
    const changed = await importSampleDistricts(event.data.workspaceId, (done, total) =>
      post({ type: 'progress', done, total }),
    );
    post({ type: 'done', changed });
  } catch (error) {
    console.error('[city sample] not made', error);
    post({ type: 'error' });
  }
};

/* Runs the city sample's worker: resolves when the three districts are in the workspace. */
import type { SampleImporter } from './city-sample';
import type { CitySampleRequest, CitySampleResponse } from './city-sample.worker';

export const importInWorker: SampleImporter = (workspaceId, onProgress) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./city-sample.worker.ts', import.meta.url), {
      type: 'module',
    });
    const end = (fn: () => void) => {
      worker.terminate();
      fn();
    };
    worker.onmessage = (event: MessageEvent<CitySampleResponse>) => {
      const data = event.data;
      if (data.type === 'progress') onProgress(data.done, data.total);
      else if (data.type === 'done') end(() => resolve(data.changed));
      else end(() => reject(new Error('city sample worker failed')));
    };
    worker.onerror = (event) => end(() => reject(new Error(event.message)));
    worker.postMessage({ workspaceId } satisfies CitySampleRequest);
  });

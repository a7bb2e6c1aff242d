/*
 * Both ends of a workbook built off the UI thread: the page posts a request to a module Web Worker
 * and gets the .xlsx bytes back (or the worker's error); the worker answers each request with the
 * bytes, transferred rather than copied.
 */

type Answer = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: string };

/** Posts `request` to the worker `create` makes and resolves with its bytes; the worker is ended after. */
export async function buildInWorker<R>(
  create: () => Worker,
  request: R,
): Promise<Uint8Array<ArrayBuffer>> {
  const worker = create();
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<Answer>) =>
        event.data.ok ? resolve(event.data.bytes) : reject(new Error(event.data.error));
      worker.onerror = (event) => reject(new Error(event.message || 'worker failed'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}

/** Inside a worker: answers every request with `build`'s bytes, or the error as text. */
export function serveBuilds<R>(
  build: (request: R) => Promise<{ bytes: Uint8Array<ArrayBuffer> }>,
): void {
  const scope = self as unknown as Worker;
  scope.onmessage = async (event: MessageEvent<R>) => {
    try {
      const { bytes } = await build(event.data);
      scope.postMessage({ ok: true, bytes } satisfies Answer, [bytes.buffer]);
    } catch (error) {
      scope.postMessage({ ok: false, error: String(error) } satisfies Answer);
    }
  };
}

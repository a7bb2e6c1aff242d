/// <reference lib="webworker" />
/* Builds the execution workbook off the UI thread: receives an ExecutionRequest, answers with the bytes. */
import { buildExecutionWorkbook, type ExecutionRequest } from './execution-workbook';

self.onmessage = async (event: MessageEvent<ExecutionRequest>) => {
  try {
    const { bytes } = await buildExecutionWorkbook(event.data);
    (self as unknown as Worker).postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ ok: false, error: String(error) });
  }
};

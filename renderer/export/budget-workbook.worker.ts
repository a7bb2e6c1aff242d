/// <reference lib="webworker" />
/* Builds the finance workbook off the UI thread: receives a WorkbookRequest, answers with the bytes. */
import { buildBudgetWorkbook, type WorkbookRequest } from './budget-workbook';

self.onmessage = async (event: MessageEvent<WorkbookRequest>) => {
  try {
    const { bytes } = await buildBudgetWorkbook(event.data);
    (self as unknown as Worker).postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ ok: false, error: String(error) });
  }
};

/// <reference lib="webworker" />
/* Builds the finance workbook off the UI thread: receives a WorkbookRequest, answers with the bytes. */
import { buildBudgetWorkbook } from './budget-workbook';
import { serveBuilds } from './run-worker';

serveBuilds(buildBudgetWorkbook);

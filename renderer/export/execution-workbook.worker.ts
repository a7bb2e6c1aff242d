/// <reference lib="webworker" />
/* Builds the execution workbook off the UI thread: receives an ExecutionRequest, answers with the bytes. */
import { buildExecutionWorkbook } from './execution-workbook';
import { serveBuilds } from './run-worker';

serveBuilds(buildExecutionWorkbook);

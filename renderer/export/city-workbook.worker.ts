/// <reference lib="webworker" />
/* Builds the city workbook off the UI thread: receives a CityWorkbookRequest, answers with the bytes. */
import { buildCityWorkbook } from './city-workbook';
import { serveBuilds } from './run-worker';

serveBuilds(buildCityWorkbook);

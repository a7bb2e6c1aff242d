/*
 * Builds the city workbook off the UI thread (a module Web Worker that loads exceljs) from the
 * city view's figures, and hands the bytes to the platform seam.
 */
import type { Language } from '../../../shared/languages';
import type { CityWorkbookRequest } from '../../export/city-workbook-name';
import { buildOffThread } from '../../export/run-worker';
import { platform } from '../../platform';
import { loadCity } from './load-city';

/** The workbook's request from the city's data: plain records, so it crosses into a worker. */
export async function cityWorkbookRequest(
  workspaceId: string,
  lang: Language,
): Promise<CityWorkbookRequest | null> {
  const data = await loadCity(workspaceId);
  if (!data) return null;
  return {
    workspaceName: data.workspace.name,
    figures: data.figures,
    problems: Object.fromEntries(data.problems),
    funders: Object.fromEntries([...data.funders].map(([id, f]) => [id, f.name])),
    lang,
    date: new Date().toISOString(),
  };
}

/** Exports the city workbook of the workspace in `lang` and saves it. */
export async function exportCityWorkbook(workspaceId: string, lang: Language): Promise<void> {
  const request = await cityWorkbookRequest(workspaceId, lang);
  if (!request) throw new Error(`workspace ${workspaceId} not found`);
  const bytes = await buildOffThread(
    () =>
      new Worker(new URL('../../export/city-workbook.worker.ts', import.meta.url), {
        type: 'module',
      }),
    request,
    async () => (await import('../../export/city-workbook')).buildCityWorkbook,
  );
  const { cityWorkbookFileName } = await import('../../export/city-workbook-name');
  await platform().saveBytes(bytes, cityWorkbookFileName(request), [
    { name: 'Excel', extensions: ['xlsx'] },
  ]);
}

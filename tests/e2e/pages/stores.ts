import type { Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw stored records
export type Row = Record<string, any>;

/** Every record of the named stores, read with the browser's own IndexedDB API. */
export function rawStores(page: Page, stores: string[]): Promise<Row[][]> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('koopsuz');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<Row[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const lists = await Promise.all(names.map(all));
    db.close();
    return lists;
  }, stores);
}

/**
 * Every stored questionnaire, wherever it is kept: the `surveyResponses` records and the imported
 * ones held column by column in `responseChunks` (schema v12), unpacked here from the raw records
 * by the format's own description, not by the app's decoder. Only what the tests count is kept of
 * a chunked response: id, study, number, its answers and its named problems' codes and concerns.
 */
export async function rawResponses(page: Page): Promise<Row[]> {
  const [records, chunks] = await rawStores(page, ['surveyResponses', 'responseChunks']);
  const unpacked = chunks!.flatMap((chunk) =>
    (chunk.ids as string[]).flatMap((id, i) => {
      if (!id) return []; // left the chunk: deleted, or edited into a record of its own
      const answers = Object.fromEntries(
        Object.entries(chunk.columns as Record<string, unknown[]>).map(([f, c]) => [f, c[i]]),
      );
      const listed = (chunk.problems as string[])[i]!;
      const problems = (listed ? listed.split(',') : []).map((entry) => {
        const [code, concern] = entry.split(':');
        return concern ? { code, concern: Number(concern) } : { code };
      });
      return [
        {
          ...answers,
          id,
          territoryId: chunk.territoryId,
          studyId: chunk.studyId,
          number: chunk.firstNumber + i,
          problems,
        },
      ];
    }),
  );
  return [...records!, ...unpacked];
}

/*
 * A member list file as the member import wants it: read by the one table reader in the import
 * worker (XLSX or CSV in any usual encoding and delimiter, within the member list's caps), then
 * turned into a table of strings with the header row first. Date cells come as `YYYY-MM-DD`.
 */
import type { RawTable } from '../../../shared/domain/study/import/mapper';
import { readTableFile } from '../study/import/import-client';

/** The header row and every data row as strings (an empty cell is ''). */
export function memberTable(table: RawTable): string[][] {
  const text = (row: RawTable['rows'][number]) =>
    Array.from(row, (cell) => (cell === null || cell === undefined ? '' : String(cell)));
  return [table.headers, ...table.rows.map(text)];
}

/** Reads a member list file; rejects with the reader's refusal (read-refusal words it). */
export async function readMemberFile(file: File, signal?: AbortSignal): Promise<string[][]> {
  return memberTable(await readTableFile(file, { profile: 'members', dates: 'iso', signal }));
}

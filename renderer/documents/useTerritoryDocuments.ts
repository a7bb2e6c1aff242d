import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db/database';
import { listTerritoryDocuments, type TerritoryDocument } from './territory-documents';

/** Every printable document of the territory, following edits; undefined while loading. */
export function useTerritoryDocuments(territoryId: string): TerritoryDocument[] | undefined {
  return useLiveQuery(() => listTerritoryDocuments(getDb(), territoryId), [territoryId]);
}

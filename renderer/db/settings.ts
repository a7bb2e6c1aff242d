import { useLiveQuery } from 'dexie-react-hooks';
import { settingSchemas, type SettingKey, type SettingValue } from '../../shared/schemas/settings';
import { getDb } from './database';
import { audit, nowInstant, validate, writeTransaction, type WriteContext } from './repository';

/** Reads a setting; undefined when unset or no longer valid. */
export async function getSetting<K extends SettingKey>(
  key: K,
): Promise<SettingValue<K> | undefined> {
  const row = await getDb().settings.get(key);
  const parsed = settingSchemas[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

/** Writes a setting inside an open transaction, with its audit entry. */
export async function setSettingIn<K extends SettingKey>(
  ctx: WriteContext,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  const parsed = validate(settingSchemas[key], value);
  const db = getDb();
  const before = await db.settings.get(key);
  if (before && JSON.stringify(before.value) === JSON.stringify(parsed)) return;
  await db.settings.put({ key, value: parsed, updatedAt: nowInstant() });
  await audit(ctx, {
    table: 'settings',
    recordId: key,
    action: before ? 'update' : 'create',
    before: before?.value,
    after: parsed,
  });
}

/** Writes a setting in its own transaction. */
export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await writeTransaction([], (ctx) => setSettingIn(ctx, key, value));
}

/** A setting's live value: `undefined` while loading, `null` when unset. */
export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | null | undefined {
  return useLiveQuery(async () => {
    const row = await getDb().settings.get(key);
    const parsed = settingSchemas[key].safeParse(row?.value);
    return parsed.success ? (parsed.data as SettingValue<K>) : null;
  }, [key]);
}

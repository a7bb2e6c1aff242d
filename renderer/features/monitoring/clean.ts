/** The record without its empty optional texts (a field left blank is absent, not ''). */
export function withoutEmpty<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== '' && value !== undefined),
  ) as T;
}

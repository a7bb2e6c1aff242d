/** An activity's or line's identity across plan versions: its first version's id. */
export function identityKey(record: { id: string; originId?: string }): string {
  return record.originId ?? record.id;
}

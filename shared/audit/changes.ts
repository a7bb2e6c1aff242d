/*
 * An audit entry's before/after, made readable (issue 8): the fields that changed as dotted paths
 * with their old and new values as text. Pure, shared by the audit screen and its XLSX export.
 */

export interface AuditChange {
  /** Dotted field path (`name.ky`, `members.2.role`); empty for a value that is not an object. */
  path: string;
  before?: string;
  after?: string;
}

/** Fields that change on every update and say nothing a person would look for. */
const NOISE = new Set(['updatedAt']);

function leafText(value: unknown): string {
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? '';
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value === undefined) return;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value);
    if (entries.length === 0) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
    for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  out.set(prefix, leafText(value));
}

/** The fields that differ between `before` and `after` (all of one side for a create or delete). */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = new Map<string, string>();
  const now = new Map<string, string>();
  flatten(before, '', old);
  flatten(after, '', now);
  const isUpdate = before !== undefined && after !== undefined;
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  const changes: AuditChange[] = [];
  for (const path of paths) {
    const a = old.get(path);
    const b = now.get(path);
    if (a === b) continue;
    if (isUpdate && NOISE.has(path)) continue;
    changes.push({
      path,
      ...(a !== undefined ? { before: a } : {}),
      ...(b !== undefined ? { after: b } : {}),
    });
  }
  return changes;
}

/** A short human label for the record an entry is about: its name or title, else its key. */
export function auditRecordLabel(
  record: unknown,
  pick: (text: { ru?: string; ky?: string; en?: string }) => string,
): string | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const row = record as Record<string, unknown>;
  for (const field of ['name', 'title', 'fullName', 'item']) {
    const value = row[field];
    if (typeof value === 'string' && value) return value;
    if (value && typeof value === 'object') {
      const text = pick(value as { ru?: string; ky?: string; en?: string });
      if (text) return text;
    }
  }
  return undefined;
}

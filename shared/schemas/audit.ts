import { z } from 'zod';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;

/** One change to one record: what, when, by whom, before and after. */
export const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.string(),
  user: z.string(),
  table: z.string(),
  recordId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  territoryId: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** Groups the entries of one multi-record write (an import, a sample load), so it can be undone as one. */
  batchId: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/*
 * Working group writes (issue 4): the group itself (one per territory), its members — added,
 * edited, deactivated and reactivated, never deleted once they took part in a meeting — and the
 * all-or-nothing member import.
 */
import { today } from '../../shared/format';
import {
  memberInputSchema,
  memberSchema,
  workingGroupInputSchema,
  workingGroupSchema,
  type Member,
  type MemberInput,
  type WorkingGroup,
  type WorkingGroupInput,
} from '../../shared/schemas/working-group';
import { getDb } from './database';
import {
  NotFoundError,
  recordWriter,
  validate,
  ValidationError,
  writeTransaction,
} from './repository';

const groupWriter = recordWriter('workingGroups', workingGroupSchema);
const memberWriter = recordWriter('members', memberSchema);
const GROUP_TABLES = ['workingGroups', 'members'] as const;

/** The territory's working group, if set up. */
export async function findWorkingGroup(territoryId: string): Promise<WorkingGroup | undefined> {
  return getDb().workingGroups.where('territoryId').equals(territoryId).first();
}

async function checkRoles(groupId: string | undefined, input: WorkingGroupInput): Promise<void> {
  const ids = [input.chairId, input.deputyChairId, input.secretaryId].filter(Boolean) as string[];
  if (new Set(ids).size !== ids.length) {
    throw new ValidationError([{ path: 'secretaryId', message: 'workingGroup:errors.sameRole' }]);
  }
  for (const id of ids) {
    const member = await getDb().members.get(id);
    if (!member || member.groupId !== groupId || !member.active) {
      throw new ValidationError([
        { path: 'chairId', message: 'workingGroup:errors.roleNotMember' },
      ]);
    }
  }
}

/** Creates the territory's working group, or updates it when it exists. */
export async function saveWorkingGroup(
  territoryId: string,
  input: WorkingGroupInput,
): Promise<WorkingGroup> {
  const parsed = validate(workingGroupInputSchema, input);
  return writeTransaction(['workingGroups', 'members'], async (ctx) => {
    const existing = await findWorkingGroup(territoryId);
    await checkRoles(existing?.id, parsed);
    if (existing) return groupWriter.replace(ctx, existing.id, { ...parsed, territoryId });
    return groupWriter.insert(ctx, { ...parsed, territoryId });
  });
}

async function groupOf(groupId: string): Promise<WorkingGroup> {
  const group = await getDb().workingGroups.get(groupId);
  if (!group) throw new NotFoundError('workingGroups', groupId);
  return group;
}

/** Adds a member to the group. */
export async function addMember(groupId: string, input: MemberInput): Promise<Member> {
  const parsed = validate(memberInputSchema, input);
  return writeTransaction(GROUP_TABLES, async (ctx) => {
    const group = await groupOf(groupId);
    return memberWriter.insert(ctx, {
      ...parsed,
      groupId,
      territoryId: group.territoryId,
      active: true,
    });
  });
}

/** Changes what is known about a member (name, position, contacts, dates). */
export async function updateMember(id: string, input: MemberInput): Promise<Member> {
  const parsed = validate(memberInputSchema, input);
  return writeTransaction(['members'], (ctx) =>
    memberWriter.replace(ctx, id, ({ territoryId, groupId, active }) => ({
      ...parsed,
      ...{ territoryId, groupId, active },
    })),
  );
}

/**
 * Deactivates a member from `memberTo` (default today): off the roster and out of new meetings,
 * kept in past meetings' attendance. A role they held in the group is left vacant.
 */
export async function deactivateMember(id: string, memberTo = today()): Promise<Member> {
  return writeTransaction(GROUP_TABLES, async (ctx) => {
    const member = await getDb().members.get(id);
    if (!member) throw new NotFoundError('members', id);
    const group = await groupOf(member.groupId);
    const roles = ['chairId', 'deputyChairId', 'secretaryId'] as const;
    if (roles.some((role) => group[role] === id))
      await groupWriter.replace(ctx, group.id, (before) => {
        const kept = { ...before };
        for (const role of roles) if (kept[role] === id) delete kept[role];
        return kept;
      });
    const from = member.memberFrom && member.memberFrom > memberTo ? member.memberFrom : memberTo;
    return memberWriter.update(ctx, id, { active: false, memberTo: from });
  });
}

/** Brings a deactivated member back. */
export async function reactivateMember(id: string): Promise<Member> {
  return writeTransaction(['members'], (ctx) =>
    memberWriter.replace(ctx, id, (before) => ({ ...before, active: true, memberTo: undefined })),
  );
}

/** Rows checked by the import preview, with their spreadsheet row numbers. */
export interface ImportRow {
  rowNumber: number;
  input: MemberInput;
}

/**
 * Adds all rows as members in ONE transaction: if any row fails, nothing is saved and the error
 * names its row. ONE audit entry for the batch. Returns the number of members added.
 */
export async function importMembers(groupId: string, rows: ImportRow[]): Promise<number> {
  const parsed = rows.map((row) => {
    const result = memberInputSchema.safeParse(row.input);
    if (!result.success) {
      throw new ValidationError(
        result.error.issues.map((issue) => ({
          path: `row ${row.rowNumber}.${issue.path.join('.')}`,
          message: issue.message,
        })),
      );
    }
    return result.data;
  });
  return writeTransaction(GROUP_TABLES, async (ctx) => {
    const group = await groupOf(groupId);
    const scope = { groupId, territoryId: group.territoryId, active: true };
    const { records } = await memberWriter.insertMany(
      ctx,
      parsed.map((input) => ({ ...input, ...scope })),
      { summary: { groupId } },
    );
    return records.length;
  });
}

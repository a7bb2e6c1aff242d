import { SCHEMA_V2 } from './v2-audit-scope';

/**
 * Schema version 3: the working group — the group (one per territory), its members (deactivated,
 * never deleted, so past attendance keeps them), meetings (agenda, attendance and minutes inside
 * the meeting record) and decisions (a register across meetings). New tables only: no upgrade.
 */
export const SCHEMA_V3 = Object.freeze({
  ...SCHEMA_V2,
  workingGroups: 'id, territoryId',
  members: 'id, territoryId, groupId, orgType',
  meetings: 'id, territoryId, groupId, date',
  decisions: 'id, territoryId, meetingId, status, dueDate, responsibleMemberId',
});

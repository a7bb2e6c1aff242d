import { z } from 'zod';
import { cleanString } from './text';
import { isIsoDate } from '../format';
import {
  dateSchema,
  idSchema,
  localizedTextSchema,
  optionalText,
  requiredLocalizedText,
  requiredText,
  stampsSchema,
} from './common';

/*
 * The working group (domain step 1): the group set up by the head's order, its members, meetings
 * (agenda, attendance, minutes) and decisions. Error messages are i18n keys.
 */

/** Kinds of organisation a member comes from, in the order of the founding orders. */
export const ORG_TYPES = [
  'district-administration',
  'city-council',
  'police',
  'territorial-administration',
  'lcpc',
  'school',
  'health',
  'civil-society',
  'business',
  'international',
  'womens-council',
  'youth-council',
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const DECISION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** An optional calendar date; empty becomes undefined, anything else must be a real date. */
export const optionalDateSchema = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || isIsoDate(value), { error: 'errors:invalidDate' });

/** An optional e-mail address: only checks the @, as the clerk copies what people give. */
export const emailSchema = cleanString()
  .max(200, { error: 'errors:tooLong' })
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || /^[^\s@]+@[^\s@]+$/.test(value), {
    error: 'errors:invalidEmail',
  });

const timeSchema = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(value), {
    error: 'workingGroup:errors.invalidTime',
  });

/** What the clerk types for the group itself (founding order, roles). */
export const workingGroupInputSchema = z.object({
  name: requiredLocalizedText(300),
  orderNumber: optionalText(50),
  orderDate: optionalDateSchema,
  orderIssuedBy: localizedTextSchema.optional(),
  chairId: idSchema.optional(),
  deputyChairId: idSchema.optional(),
  secretaryId: idSchema.optional(),
});
export type WorkingGroupInput = z.input<typeof workingGroupInputSchema>;

export const workingGroupSchema = workingGroupInputSchema.extend({
  id: idSchema,
  territoryId: idSchema,
  ...stampsSchema.shape,
});
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

/** What the clerk types for a member (form and import). */
export const memberInputSchema = z
  .object({
    fullName: requiredText(200),
    position: localizedTextSchema,
    organisation: localizedTextSchema,
    orgType: z.enum(ORG_TYPES, { error: 'errors:required' }),
    phone: optionalText(50),
    email: emailSchema,
    memberFrom: optionalDateSchema,
    memberTo: optionalDateSchema,
  })
  .refine((m) => !m.memberFrom || !m.memberTo || m.memberTo >= m.memberFrom, {
    error: 'workingGroup:errors.toBeforeFrom',
    path: ['memberTo'],
  });
export type MemberInput = z.input<typeof memberInputSchema>;
export type MemberFields = z.output<typeof memberInputSchema>;

export const memberSchema = memberInputSchema.safeExtend({
  id: idSchema,
  territoryId: idSchema,
  groupId: idSchema,
  /** False once deactivated: the member stays in past meetings, never deleted silently. */
  active: z.boolean(),
  ...stampsSchema.shape,
});
export type Member = z.infer<typeof memberSchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  title: requiredLocalizedText(1000),
  /** Who reported, with the gist: «СЛУШАЛИ». */
  heard: localizedTextSchema.optional(),
  /** Who spoke in the discussion: «ВЫСТУПИЛИ». */
  spoke: localizedTextSchema.optional(),
  /** What was decided, in words; itemised decisions are records of their own. */
  decided: localizedTextSchema.optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const attendanceSchema = z.object({
  memberId: idSchema,
  present: z.boolean(),
  reason: optionalText(200),
});
export type Attendance = z.infer<typeof attendanceSchema>;

export const guestSchema = z.object({
  name: requiredText(200),
  position: optionalText(300),
});
export type Guest = z.infer<typeof guestSchema>;

/** What the clerk types for a meeting. */
export const meetingInputSchema = z.object({
  number: requiredText(30),
  date: dateSchema,
  time: timeSchema,
  place: localizedTextSchema,
  agenda: z.array(agendaItemSchema).max(50),
  attendance: z.array(attendanceSchema).max(500),
  guests: z.array(guestSchema).max(100),
});
export type MeetingInput = z.input<typeof meetingInputSchema>;

export const meetingSchema = meetingInputSchema.extend({
  id: idSchema,
  territoryId: idSchema,
  groupId: idSchema,
  ...stampsSchema.shape,
});
export type Meeting = z.infer<typeof meetingSchema>;

/** What the clerk types for a decision of a meeting. */
export const decisionInputSchema = z.object({
  meetingId: idSchema,
  agendaItemId: idSchema.optional(),
  text: requiredLocalizedText(2000),
  responsibleMemberId: idSchema.optional(),
  responsibleOrganisation: localizedTextSchema.optional(),
  dueDate: optionalDateSchema,
  status: z.enum(DECISION_STATUSES),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

export const decisionSchema = decisionInputSchema.extend({
  id: idSchema,
  territoryId: idSchema,
  ...stampsSchema.shape,
});
export type Decision = z.infer<typeof decisionSchema>;

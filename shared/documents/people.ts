import { formatDate, formatDateLong } from '../format';
import type { DocumentLanguage } from '../languages';
import { hasAnyText } from '../schemas/localized-text';
import { ORG_TYPES, type Member, type WorkingGroup } from '../schemas/working-group';
import { docLabel } from './labels';
import type { DocumentTexts } from './texts';

/** A member's position and organisation, in the document language (`ky+ru`: one line each). */
export function positionLine(
  member: Pick<Member, 'id' | 'position' | 'organisation'>,
  texts: DocumentTexts,
): string {
  const fields = (['position', 'organisation'] as const).filter((f) => hasAnyText(member[f]));
  const each = fields.map((f) =>
    texts.each(member[f], { kind: 'member', id: member.id, field: f }),
  );
  if (texts.lang !== 'ky+ru') return each.map((e) => e[texts.lang as 'ru']).join(', ');
  const ky = each.map((e) => e.ky).join(', ');
  const ru = each.map((e) => e.ru).join(', ');
  return ky === ru ? ky : `${ky}\n${ru}`;
}

/** Signature lines without a name: the preview warns before printing. */
export function signerWarnings(group: Pick<WorkingGroup, 'chairId' | 'secretaryId'>): string[] {
  return [...(group.chairId ? [] : ['noChair']), ...(group.secretaryId ? [] : ['noSecretary'])];
}

/** A date in words in the document language(s). */
export function dateInWords(iso: string, lang: DocumentLanguage): string {
  if (lang !== 'ky+ru') return formatDateLong(iso, lang);
  return `${formatDateLong(iso, 'ky')} / ${formatDateLong(iso, 'ru')}`;
}

export type GroupRole = 'chair' | 'deputyChair' | 'secretary' | 'member';

/** The role of a member in the group. */
export function roleOf(
  group: Pick<WorkingGroup, 'chairId' | 'deputyChairId' | 'secretaryId'>,
  memberId: string,
): GroupRole {
  if (group.chairId === memberId) return 'chair';
  if (group.deputyChairId === memberId) return 'deputyChair';
  if (group.secretaryId === memberId) return 'secretary';
  return 'member';
}

const ROLE_ORDER: Record<GroupRole, number> = { chair: 0, deputyChair: 1, secretary: 2, member: 3 };

/** Members in the order of a founding order: chair, deputy, secretary, then by organisation type and name. */
export function orderMembers<M extends Pick<Member, 'id' | 'orgType' | 'fullName'>>(
  group: Pick<WorkingGroup, 'chairId' | 'deputyChairId' | 'secretaryId'>,
  members: M[],
): M[] {
  return [...members].sort(
    (a, b) =>
      ROLE_ORDER[roleOf(group, a.id)] - ROLE_ORDER[roleOf(group, b.id)] ||
      ORG_TYPES.indexOf(a.orgType) - ORG_TYPES.indexOf(b.orgType) ||
      a.fullName.localeCompare(b.fullName, 'ru'),
  );
}

/** The role's label in the document language. */
export function roleLabel(role: GroupRole, lang: DocumentLanguage, separator = ' / '): string {
  return docLabel(lang, `roster.${role}`, {}, separator);
}

/** `26.11.2026` — numeric dates are the same in every language. */
export const shortDate = formatDate;

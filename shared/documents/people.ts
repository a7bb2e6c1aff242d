import { formatDate, formatDateLong } from '../format';
import type { DocumentLanguage } from '../languages';
import { documentText, hasAnyText, pickText, type LocalizedText } from '../schemas/localized-text';
import { ORG_TYPES, type Member, type WorkingGroup } from '../schemas/working-group';
import { docLabel } from './labels';

/** A member's position and organisation on one line, in the document language. */
export function positionLine(
  member: Pick<Member, 'position' | 'organisation'>,
  lang: DocumentLanguage,
): string {
  return [member.position, member.organisation]
    .filter((text) => hasAnyText(text))
    .map((text) => documentText(text, lang))
    .join(', ');
}

/** Longer text (minutes): `ky+ru` prints the Kyrgyz text, then the Russian one on its own line. */
export function longText(text: LocalizedText | undefined, lang: DocumentLanguage): string {
  if (!hasAnyText(text)) return '';
  if (lang !== 'ky+ru') return documentText(text, lang);
  const ky = pickText(text, 'ky');
  const ru = pickText(text, 'ru');
  // Only one of the two typed: print it once, unmarked (the other language is simply absent).
  if (ky.fallbackFrom || ru.fallbackFrom || ky.text === ru.text)
    return ky.fallbackFrom ? ru.text : ky.text;
  return `${ky.text}\n${ru.text}`;
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
export function roleLabel(role: GroupRole, lang: DocumentLanguage): string {
  return docLabel(lang, `roster.${role}`);
}

/** `26.11.2026` — numeric dates are the same in every language. */
export const shortDate = formatDate;

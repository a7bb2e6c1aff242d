/*
 * Row model of the working group's membership list, the annex to the founding order (A4 portrait).
 */
import type { DocumentLanguage } from '../languages';
import { documentText, hasAnyText } from '../schemas/localized-text';
import type { Member, WorkingGroup } from '../schemas/working-group';
import { docLabel, labelIn, languagesOf } from './labels';
import { safeFileName, type DocumentBlock, type DocumentModel } from './model';
import { orderMembers, positionLine, roleLabel, roleOf, shortDate } from './people';

export interface RosterInput {
  group: WorkingGroup;
  /** All members of the group; only active ones are listed. */
  members: Member[];
  /** The date the list is valid on (`YYYY-MM-DD`). */
  asOf: string;
}

/** The membership list in the document language: who, position and organisation, role, contacts. */
export function rosterDocument(
  { group, members, asOf }: RosterInput,
  lang: DocumentLanguage,
): DocumentModel {
  const active = orderMembers(
    group,
    members.filter((member) => member.active),
  );
  const groupName = documentText(group.name, lang);
  const corner: string[] = [docLabel(lang, 'roster.annex', {}, '\n')];
  if (group.orderNumber || group.orderDate || hasAnyText(group.orderIssuedBy)) {
    // ky+ru: one full line per language, each with the issuer in that language.
    for (const one of languagesOf(lang)) {
      const issuer = hasAnyText(group.orderIssuedBy)
        ? documentText(group.orderIssuedBy, lang === 'ky+ru' ? one : lang)
        : '';
      const date = group.orderDate ? shortDate(group.orderDate) : '—';
      corner.push(
        labelIn(one, 'roster.annexOrder', {
          issuer,
          date,
          number: group.orderNumber ?? '—',
        }).trim(),
      );
    }
  }
  const blocks: DocumentBlock[] = [
    { kind: 'corner', lines: corner },
    { kind: 'heading', level: 1, text: docLabel(lang, 'roster.title', {}, '\n') },
    { kind: 'heading', level: 2, text: groupName },
    {
      kind: 'paragraph',
      runs: [{ text: docLabel(lang, 'roster.asOf', { date: shortDate(asOf) }) }],
      align: 'center',
    },
    {
      kind: 'table',
      testId: 'roster-table',
      columns: [
        { header: docLabel(lang, 'roster.colNo'), width: 5, align: 'center' },
        { header: docLabel(lang, 'roster.colName'), width: 26 },
        { header: docLabel(lang, 'roster.colPosition'), width: 39 },
        { header: docLabel(lang, 'roster.colRole'), width: 14 },
        { header: docLabel(lang, 'roster.colContacts'), width: 16 },
      ],
      rows: active.map((member, index) => [
        String(index + 1),
        member.fullName,
        positionLine(member, lang),
        roleLabel(roleOf(group, member.id), lang),
        [member.phone, member.email].filter(Boolean).join('\n'),
      ]),
    },
  ];
  const title = `${docLabel(lang, 'roster.title')} — ${groupName}`;
  return { title, fileName: safeFileName(title), orientation: 'portrait', blocks };
}

/*
 * Row model of the working group's membership list, the annex to the founding order (A4 portrait).
 */
import type { DocumentLanguage } from '../languages';
import { hasAnyText, pickText, type LocalizedText } from '../schemas/localized-text';
import type { Member, WorkingGroup } from '../schemas/working-group';
import { fitColumns, LINE_CHARS } from './columns';
import { documentFileName } from './file-name';
import { docLabel, formatLanguage, labelIn, languagesOf } from './labels';
import { withoutMarks, type DocumentBlock, type DocumentModel } from './model';
import { orderMembers, positionLine, roleLabel, roleOf, shortDate, signerWarnings } from './people';
import { DocumentTexts } from './texts';

export interface RosterInput {
  group: WorkingGroup;
  /** All members of the group; only active ones are listed. */
  members: Member[];
  /** The date the list is valid on (`YYYY-MM-DD`). */
  asOf: string;
  territoryName?: LocalizedText;
}

/** The membership list in the document language: who, position and organisation, role, contacts. */
export function rosterDocument(
  { group, members, asOf, territoryName }: RosterInput,
  lang: DocumentLanguage,
): DocumentModel {
  const texts = new DocumentTexts(lang);
  const active = orderMembers(
    group,
    members.filter((member) => member.active),
  );
  const groupName = texts.text(group.name, { kind: 'group', id: group.id, field: 'name' });
  const corner: string[] = [docLabel(lang, 'roster.annex', {}, '\n')];
  if (group.orderNumber || group.orderDate || hasAnyText(group.orderIssuedBy)) {
    // ky+ru: one full line per language, each with the issuer in that language.
    for (const one of languagesOf(lang)) {
      const issuer = hasAnyText(group.orderIssuedBy)
        ? texts.each(group.orderIssuedBy, { kind: 'group', id: group.id, field: 'orderIssuedBy' })[
            one
          ]
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
  const rows = active.map((member, index) => [
    String(index + 1),
    member.fullName,
    positionLine(member, texts),
    roleLabel(roleOf(group, member.id), lang, '\n'),
    // A number as typed keeps its spaces, but never breaks across lines.
    [member.phone?.replace(/ /g, '\u00a0'), member.email].filter(Boolean).join('\n'),
  ]);
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
      columns: fitColumns(
        [
          {
            header: docLabel(lang, 'roster.colNo', {}, '\n'),
            width: 1,
            align: 'center',
            nowrap: true,
          },
          { header: docLabel(lang, 'roster.colName', {}, '\n'), width: 1, grow: 3 },
          { header: docLabel(lang, 'roster.colPosition', {}, '\n'), width: 1 },
          { header: docLabel(lang, 'roster.colRole', {}, '\n'), width: 1 },
          // Phone numbers and e-mail addresses never break.
          { header: docLabel(lang, 'roster.colContacts', {}, '\n'), width: 1, nowrap: true },
        ],
        rows,
        LINE_CHARS.portrait,
      ),
      rows,
    },
    ...texts.footnote(),
  ];
  const plainGroup = withoutMarks(pickText(group.name, formatLanguage(lang)).text);
  const title = `${labelIn(formatLanguage(lang), 'roster.title')} — ${plainGroup}`;
  return {
    title,
    fileName: documentFileName({
      territory: pickText(territoryName, formatLanguage(lang)).text,
      title: plainGroup,
      document: labelIn(formatLanguage(lang), 'paper:fileKinds.roster'),
      date: asOf,
    }),
    orientation: 'portrait',
    lang,
    blocks,
    preview: { missing: texts.missing, warnings: signerWarnings(group) },
  };
}

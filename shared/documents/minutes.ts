/*
 * Row model of a meeting's minutes (protocol): number, date and place, attendance, agenda, and per
 * item «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ» («УГУЛДУ / СӨЗ СҮЙЛӨДҮ / ЧЕЧТИ»), signed by chair and secretary.
 */
import type { DocumentLanguage } from '../languages';
import { hasAnyText, pickText, type LocalizedText } from '../schemas/localized-text';
import type { Decision, Meeting, Member, WorkingGroup } from '../schemas/working-group';
import { documentFileName } from './file-name';
import { docLabel, formatLanguage, labelIn } from './labels';
import { type DocumentBlock, type DocumentModel } from './model';
import { dateInWords, orderMembers, positionLine, shortDate, signerWarnings } from './people';
import { DocumentTexts } from './texts';

export interface MinutesInput {
  group: WorkingGroup;
  meeting: Meeting;
  /** Every member of the group, deactivated ones included (they stay in past attendance). */
  members: Member[];
  /** The meeting's decisions. */
  decisions: Decision[];
  territoryName?: LocalizedText;
}

function labelled(label: string, text: string): DocumentBlock {
  return { kind: 'paragraph', runs: [{ text: `${label} `, bold: true }, { text }] };
}

function decisionLine(
  decision: Decision,
  number: string,
  members: Map<string, Member>,
  texts: DocumentTexts,
): DocumentBlock {
  const { lang } = texts;
  const source = (field: string) => ({ kind: 'decision' as const, id: decision.id, field });
  const parts = [`${number} ${texts.text(decision.text, source('text'))}`];
  const member = decision.responsibleMemberId
    ? members.get(decision.responsibleMemberId)
    : undefined;
  const responsible = [
    member?.fullName,
    hasAnyText(decision.responsibleOrganisation)
      ? texts.text(decision.responsibleOrganisation, source('responsibleOrganisation'), ' / ')
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (responsible) parts.push(`${docLabel(lang, 'minutes.responsible')}: ${responsible}`);
  if (decision.dueDate)
    parts.push(`${docLabel(lang, 'minutes.due')}: ${shortDate(decision.dueDate)}`);
  return {
    kind: 'paragraph',
    runs: [{ text: parts.join('. ').replace(/\.\./g, '.') }],
    indent: true,
  };
}

/** The minutes of one meeting in the document language. */
export function minutesDocument(
  { group, meeting, members, decisions, territoryName }: MinutesInput,
  lang: DocumentLanguage,
): DocumentModel {
  const texts = new DocumentTexts(lang);
  const byId = new Map(members.map((member) => [member.id, member]));
  const groupName = texts.text(group.name, { kind: 'group', id: group.id, field: 'name' }, ' / ');
  const inMeeting = (field: string) => ({ kind: 'meeting' as const, id: meeting.id, field });
  const long = (value: LocalizedText | undefined, field: string) =>
    hasAnyText(value) ? texts.text(value, inMeeting(field)) : '';
  const none = docLabel(lang, 'minutes.none');
  const attended = meeting.attendance.filter((entry) => byId.has(entry.memberId));
  const present = orderMembers(
    group,
    attended.filter((a) => a.present).map((a) => byId.get(a.memberId)!),
  );
  const absent = attended.filter((a) => !a.present);
  const person = (member: Member) =>
    [member.fullName, positionLine(member, texts).replace('\n', ' / ')].filter(Boolean).join(' — ');

  const blocks: DocumentBlock[] = [
    {
      kind: 'heading',
      level: 1,
      text: docLabel(lang, 'minutes.title', { number: meeting.number }, '\n'),
    },
    {
      kind: 'paragraph',
      runs: [{ text: docLabel(lang, 'minutes.subtitle', { group: groupName }, '\n') }],
      align: 'center',
    },
    {
      kind: 'split',
      left: hasAnyText(meeting.place) ? texts.text(meeting.place, inMeeting('place'), ' / ') : '',
      right: dateInWords(meeting.date, lang),
    },
  ];
  if (meeting.time)
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: docLabel(lang, 'minutes.time', { time: meeting.time }) }],
    });
  const chair = group.chairId ? byId.get(group.chairId) : undefined;
  const secretary = group.secretaryId ? byId.get(group.secretaryId) : undefined;
  if (chair) blocks.push(labelled(docLabel(lang, 'minutes.chaired'), chair.fullName));
  if (secretary) blocks.push(labelled(docLabel(lang, 'minutes.secretary'), secretary.fullName));

  blocks.push(
    labelled(
      docLabel(lang, 'minutes.present', { count: present.length, total: attended.length }),
      '',
    ),
  );
  blocks.push({
    kind: 'paragraph',
    runs: [
      { text: present.length ? present.map((m, i) => `${i + 1}. ${person(m)}`).join('\n') : none },
    ],
    indent: true,
  });
  blocks.push(labelled(docLabel(lang, 'minutes.absent'), absent.length ? '' : none));
  if (absent.length) {
    const lines = absent.map((entry, i) => {
      const member = byId.get(entry.memberId)!;
      const reason = entry.reason
        ? ` (${docLabel(lang, 'minutes.absentReason')}: ${entry.reason})`
        : '';
      return `${i + 1}. ${member.fullName}${reason}`;
    });
    blocks.push({ kind: 'paragraph', runs: [{ text: lines.join('\n') }], indent: true });
  }
  if (meeting.guests.length) {
    blocks.push(labelled(docLabel(lang, 'minutes.guests'), ''));
    const lines = meeting.guests.map(
      (guest, i) => `${i + 1}. ${guest.name}${guest.position ? ` — ${guest.position}` : ''}`,
    );
    blocks.push({ kind: 'paragraph', runs: [{ text: lines.join('\n') }], indent: true });
  }

  blocks.push({ kind: 'heading', level: 2, text: docLabel(lang, 'minutes.agenda'), align: 'left' });
  blocks.push({
    kind: 'paragraph',
    runs: [
      {
        text:
          meeting.agenda
            .map(
              (item, i) =>
                `${i + 1}. ${texts.text(item.title, inMeeting(`agenda.${item.id}.title`), ' / ')}`,
            )
            .join('\n') || none,
      },
    ],
    indent: true,
  });

  const loose = decisions.filter(
    (d) => !d.agendaItemId || !meeting.agenda.some((item) => item.id === d.agendaItemId),
  );
  meeting.agenda.forEach((item, index) => {
    const number = index + 1;
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `${number}. ${texts.text(item.title, inMeeting(`agenda.${item.id}.title`))}`,
      align: 'left',
    });
    const heard = long(item.heard, `agenda.${item.id}.heard`);
    const spoke = long(item.spoke, `agenda.${item.id}.spoke`);
    const decided = long(item.decided, `agenda.${item.id}.decided`);
    if (heard) blocks.push(labelled(docLabel(lang, 'minutes.heard'), heard));
    if (spoke) blocks.push(labelled(docLabel(lang, 'minutes.spoke'), spoke));
    const own = decisions.filter((d) => d.agendaItemId === item.id);
    const extra = index === meeting.agenda.length - 1 ? loose : [];
    const itemDecisions = [...own, ...extra];
    if (decided || itemDecisions.length) {
      blocks.push(labelled(docLabel(lang, 'minutes.decided'), decided));
      itemDecisions.forEach((decision, i) =>
        blocks.push(decisionLine(decision, `${number}.${i + 1}.`, byId, texts)),
      );
    }
  });
  if (!meeting.agenda.length && loose.length) {
    blocks.push(labelled(docLabel(lang, 'minutes.decided'), ''));
    loose.forEach((decision, i) => blocks.push(decisionLine(decision, `${i + 1}.`, byId, texts)));
  }

  blocks.push({
    kind: 'signatures',
    lines: [
      { role: docLabel(lang, 'minutes.signChair', {}, '\n'), name: chair?.fullName ?? '' },
      { role: docLabel(lang, 'minutes.signSecretary', {}, '\n'), name: secretary?.fullName ?? '' },
    ],
  });
  blocks.push(...texts.footnote());
  const one = formatLanguage(lang);
  const title = `${labelIn(one, 'minutes.title', { number: meeting.number })} — ${shortDate(meeting.date)}`;
  return {
    title,
    fileName: documentFileName({
      territory: pickText(territoryName, one).text,
      document: labelIn(one, 'paper:fileKinds.minutes', { number: meeting.number }),
      date: meeting.date,
    }),
    orientation: 'portrait',
    lang,
    blocks,
    preview: { missing: texts.missing, warnings: signerWarnings(group) },
  };
}

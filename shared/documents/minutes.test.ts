import { describe, expect, it } from 'vitest';
import { decision, fixtureId, group, meeting, member } from '../../tests/fixtures/working-group';
import { minutesDocument } from './minutes';
import type { DocumentBlock } from './model';

function text(blocks: DocumentBlock[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'heading') return b.text;
      if (b.kind === 'paragraph') return b.runs.map((r) => r.text).join('');
      if (b.kind === 'split') return `${b.left} | ${b.right}`;
      if (b.kind === 'signatures') return b.lines.map((l) => `${l.role} ___ ${l.name}`).join('\n');
      return '';
    })
    .join('\n');
}

const chair = member('Осмонова Айгүл Бакытовна', 'district-administration');
const secretary = member('Исаева Мээрим Таалайбековна', 'lcpc');
const police = member('Токтосунов Нурлан Маратович', 'police');
const left = member('Бекболотов Эрлан', 'business', { active: false, memberTo: '2026-04-01' });
const g = group({ chairId: chair.id, secretaryId: secretary.id });
const itemA = fixtureId();
const itemB = fixtureId();
const m = meeting({
  number: '2',
  date: '2026-03-05',
  agenda: [
    {
      id: itemA,
      title: {
        ru: 'О безопасности на рынке «Аламедин»',
        ky: '«Аламүдүн» базарындагы коопсуздук жөнүндө',
      },
      heard: {
        ru: 'Токтосунова Н.М. — о кражах на рынке',
        ky: 'Токтосунов Н.М. — базардагы уурулуктар жөнүндө',
      },
      spoke: { ru: 'Осмонова А.Б.' },
      decided: { ru: 'Информацию принять к сведению.', ky: 'Маалымат эске алынсын.' },
    },
    { id: itemB, title: { ru: 'Разное' } },
  ],
  attendance: [
    { memberId: chair.id, present: true, reason: undefined },
    { memberId: secretary.id, present: true, reason: undefined },
    { memberId: left.id, present: true, reason: undefined },
    { memberId: police.id, present: false, reason: 'командировка' },
  ],
  guests: [{ name: 'Садыков Бакыт', position: 'директор рынка' }],
});
const d1 = decision(m.id, 'Установить освещение на рынке', {
  agendaItemId: itemA,
  text: { ru: 'Установить освещение на рынке', ky: 'Базарга жарык орнотулсун' },
  responsibleMemberId: police.id,
  dueDate: '2026-06-01',
});
const d2 = decision(m.id, 'Провести рейд', {
  agendaItemId: itemA,
  responsibleOrganisation: { ru: 'ОПОП «Джал»' },
});
const input = {
  group: g,
  meeting: m,
  members: [chair, secretary, police, left],
  decisions: [d1, d2],
};

describe('minutes row model', () => {
  it('has the number, date, place, attendance with the deactivated member, guests and signatures', () => {
    const doc = minutesDocument(input, 'ru');
    const all = text(doc.blocks);
    expect(doc.orientation).toBe('portrait');
    expect(all).toContain('ПРОТОКОЛ № 2');
    expect(all).toContain('Актовый зал администрации | 5 марта 2026 г.');
    expect(all).toContain('Присутствовали члены рабочей группы (3 из 4):');
    expect(all).toContain('Бекболотов Эрлан');
    expect(all).toContain('Токтосунов Нурлан Маратович (причина: командировка)');
    expect(all).toContain('1. Садыков Бакыт — директор рынка');
    expect(all).toContain('Председатель рабочей группы ___ Осмонова Айгүл Бакытовна');
    expect(all).toContain('Секретарь рабочей группы ___ Исаева Мээрим Таалайбековна');
  });

  it('writes heard / spoke / decided per agenda item with numbered decisions', () => {
    const all = text(minutesDocument(input, 'ru').blocks);
    expect(all).toContain(
      '1. О безопасности на рынке «Аламедин»\nСЛУШАЛИ: Токтосунова Н.М. — о кражах на рынке\nВЫСТУПИЛИ: Осмонова А.Б.\nРЕШИЛИ: Информацию принять к сведению.',
    );
    expect(all).toContain(
      '1.1. Установить освещение на рынке. Ответственный: Токтосунов Нурлан Маратович. Срок: 01.06.2026',
    );
    expect(all).toContain('1.2. Провести рейд. Ответственный: ОПОП «Джал»');
    expect(all).toContain('2. Разное');
  });

  it('uses the Kyrgyz words of the minutes in ky and both languages in ky+ru', () => {
    const ky = text(minutesDocument(input, 'ky').blocks);
    expect(ky).toContain('№ 2 ПРОТОКОЛ');
    expect(ky).toContain('УГУЛДУ: Токтосунов Н.М. — базардагы уурулуктар жөнүндө');
    // Typed in Russian only: printed in Russian with a discreet mark, explained once, and listed.
    expect(ky).toContain('СӨЗ СҮЙЛӨДҮ: Осмонова А.Б.\ue000');
    expect(ky.match(/\* Кыргыз тилиндеги котормосу жок/g)).toHaveLength(1);
    expect(minutesDocument(input, 'ky').preview?.missing).toContainEqual(
      expect.objectContaining({
        source: expect.objectContaining({
          kind: 'meeting',
          field: expect.stringMatching(/\.spoke$/),
        }),
        missing: ['ky'],
      }),
    );
    // People's names are never marked.
    expect(ky).not.toMatch(/Маратович\ue000/);
    expect(ky).toContain('ЧЕЧТИ: Маалымат эске алынсын.');
    expect(ky).toContain(
      '1.1. Базарга жарык орнотулсун. Жооптуу: Токтосунов Нурлан Маратович. Мөөнөтү: 01.06.2026',
    );
    expect(ky).toContain('2026-жылдын 5-марты');
    const both = text(minutesDocument(input, 'ky+ru').blocks);
    expect(both).toContain('№ 2 ПРОТОКОЛ\nПРОТОКОЛ № 2');
    expect(both).toContain(
      'УГУЛДУ / СЛУШАЛИ: Токтосунов Н.М. — базардагы уурулуктар жөнүндө\nТоктосунова Н.М. — о кражах на рынке',
    );
  });

  it('says "none" rather than leaving an empty list', () => {
    const empty = meeting({ attendance: [], agenda: [] });
    const all = text(
      minutesDocument({ group: g, meeting: empty, members: [], decisions: [] }, 'ru').blocks,
    );
    expect(all).toContain('Присутствовали члены рабочей группы (0 из 0):');
    expect(all).toContain('Отсутствовали: нет');
  });
});

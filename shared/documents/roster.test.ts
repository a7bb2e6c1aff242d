import { describe, expect, it } from 'vitest';
import { group, member } from '../../tests/fixtures/working-group';
import type { DocumentBlock } from './model';
import { rosterDocument } from './roster';

function table(blocks: DocumentBlock[]) {
  const found = blocks.find((b) => b.kind === 'table');
  if (!found || found.kind !== 'table') throw new Error('no table');
  return found;
}

const chair = member('Осмонова Айгүл Бакытовна', 'district-administration', {
  position: { ru: 'Заместитель главы администрации', ky: 'Администрация башчысынын орун басары' },
  organisation: {
    ru: 'Администрация Свердловского района',
    ky: 'Свердлов районунун администрациясы',
  },
  phone: '+996 555 123 456',
});
const police = member('Токтосунов Нурлан Маратович', 'police', {
  position: { ru: 'Заместитель начальника УВД' },
});
const school = member('Абдыкадырова Жылдыз', 'school');
const secretary = member('Исаева Мээрим Таалайбековна', 'lcpc');
const gone = member('Ушёл Бывший Членович', 'business', { active: false, memberTo: '2026-03-01' });
const g = group({ chairId: chair.id, secretaryId: secretary.id });
const input = { group: g, members: [school, gone, police, secretary, chair], asOf: '2026-04-01' };

describe('roster row model', () => {
  it('lists active members: chair first, then secretary, then by organisation type; deactivated left out', () => {
    const rows = table(rosterDocument(input, 'ru').blocks).rows;
    expect(rows.map((r) => r[1])).toEqual([
      chair.fullName,
      secretary.fullName,
      police.fullName,
      school.fullName,
    ]);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
    expect(rows[0]).toEqual([
      '1',
      chair.fullName,
      'Заместитель главы администрации, Администрация Свердловского района',
      'Председатель',
      // A phone number never breaks across lines.
      '+996\u00a0555\u00a0123\u00a0456',
    ]);
  });

  it('is A4 portrait with the annex to the founding order', () => {
    const doc = rosterDocument(input, 'ru');
    expect(doc.orientation).toBe('portrait');
    const corner = doc.blocks[0];
    expect(corner).toEqual({
      kind: 'corner',
      lines: [
        'Приложение к распоряжению',
        'главы администрации Свердловского района от 10.02.2026 № 45-р',
      ],
    });
    expect(doc.fileName).not.toMatch(/[\\/:*?"<>|]/);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.runs[0]?.text.startsWith('*'))).toBe(
      false,
    );
  });

  it('prints Kyrgyz labels and Kyrgyz texts in ky, and both in ky+ru', () => {
    const ky = rosterDocument(input, 'ky');
    expect(table(ky.blocks).columns[1]!.header).toBe('Фамилиясы, аты, атасынын аты');
    expect(table(ky.blocks).rows[0]![2]).toBe(
      'Администрация башчысынын орун басары, Свердлов районунун администрациясы',
    );
    expect(table(ky.blocks).rows[0]![3]).toBe('Төрага');
    const both = rosterDocument(input, 'ky+ru');
    expect(table(both.blocks).columns[1]!.header).toBe(
      'Фамилиясы, аты, атасынын аты\nФамилия, имя, отчество',
    );
    expect(both.blocks).toContainEqual({ kind: 'heading', level: 1, text: 'КУРАМЫ\nСОСТАВ' });
  });

  it('marks a missing translation instead of leaving a blank', () => {
    const rows = table(rosterDocument(input, 'ky').blocks).rows;
    const policeRow = rows.find((r) => r[1] === police.fullName)!;
    expect(policeRow[2]).toContain('Заместитель начальника УВД\ue000');
    expect(policeRow[1]).toBe(police.fullName);
    const doc = rosterDocument(input, 'ky');
    expect(doc.preview?.missing.map((m) => m.source)).toContainEqual({
      kind: 'member',
      id: police.id,
      field: 'position',
    });
    const last = doc.blocks.at(-1);
    expect(last).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: expect.stringMatching(/^\* /) }],
    });
  });

  it('says in English what the document is', () => {
    const doc = rosterDocument(input, 'en');
    expect(table(doc.blocks).columns.map((c) => c.header)).toEqual([
      'No.',
      'Full name',
      'Position, organisation',
      'Role in the group',
      'Contacts',
    ]);
  });
});

describe('roster in ky+ru', () => {
  it('writes the annex line once per language, each with its own issuer text', () => {
    const corner = rosterDocument(input, 'ky+ru').blocks[0];
    expect(corner).toEqual({
      kind: 'corner',
      lines: [
        'Буйрукка тиркеме\nПриложение к распоряжению',
        'Свердлов районунун администрациясынын башчысы, 10.02.2026, № 45-р',
        'главы администрации Свердловского района от 10.02.2026 № 45-р',
      ],
    });
  });
});

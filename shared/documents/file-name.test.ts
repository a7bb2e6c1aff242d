import { describe, expect, it } from 'vitest';
import { cutAtWord, documentFileName } from './file-name';

describe('document file names', () => {
  it('reads territory — short title — document — date', () => {
    expect(
      documentFileName({
        territory: 'Свердловский район',
        title: 'Безопасный двор',
        document: 'план',
        date: '2026-01-20',
      }),
    ).toBe('Свердловский район — Безопасный двор — план — 20.01.2026');
  });

  it('cuts a long title at a word boundary, without a dangling preposition', () => {
    const name = documentFileName({
      territory: 'Свердловский район',
      title:
        'Совместный план по профилактике правонарушений в Свердловском районе г. Бишкек на 2026–2027 годы',
      document: 'план v2',
      date: '2026-01-20',
    });
    // «план» is in the title already: only the version stays of the document part.
    expect(name).toBe(
      'Свердловский район — Совместный план по профилактике правонарушений — v2 — 20.01.2026',
    );
    expect(name.match(/план/g)).toHaveLength(1);
  });

  it('leaves out the title when the document name says it, and the territory when the title does', () => {
    expect(
      documentFileName({ title: 'Протокол № 3', document: 'Протокол № 3', date: '2026-03-01' }),
    ).toBe('Протокол № 3 — 01.03.2026');
    expect(
      documentFileName({ territory: 'Ноокат', title: 'Ноокат айыл өкмөтү', document: 'состав' }),
    ).toBe('Ноокат айыл өкмөтү — состав');
  });

  it('keeps names short and free of characters file systems refuse', () => {
    const name = documentFileName({
      territory: 'Район: "Север"/Юг',
      title: 'Слово '.repeat(60),
      document: 'анкета',
    });
    expect(name.length).toBeLessThanOrEqual(140);
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name).toMatch(/Слово — анкета$/);
  });

  it('cutAtWord never cuts inside a word', () => {
    expect(cutAtWord('Администрация Свердловского района', 20)).toBe('Администрация');
    expect(cutAtWord('Короткий', 20)).toBe('Короткий');
  });
});

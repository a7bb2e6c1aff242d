import { describe, expect, it } from 'vitest';
import { requiredLocalizedText, requiredText } from './common';
import { localizedTextSchema } from './localized-text';
import { settingSchemas } from './settings';
import { cleanString, stripBidiControls } from './text';
import { territoryInputSchema } from './territory';

// Every bidi embedding, override and isolate, written as code points so the test file is readable.
const CONTROLS = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map(
  (code) => String.fromCodePoint(code),
);

describe('bidi control characters are removed from typed and imported text', () => {
  it('each of U+202A–U+202E and U+2066–U+2069 goes; other text, RLM/LRM and Cyrillic stay', () => {
    for (const control of CONTROLS) expect(stripBidiControls(`а${control}б`)).toBe('аб');
    expect(stripBidiControls('Ак-Өргө ң ү \u200e\u200f')).toBe('Ак-Өргө ң ү \u200e\u200f');
  });

  it('a name with an override prints as typed, and the limit is counted without the controls', () => {
    // "Район\u202E1202" would print as "Район2021" reversed; stored, it reads as typed.
    expect(requiredText(10).parse(' \u202EРайон 12\u202C ')).toBe('Район 12');
    expect(requiredText(3).safeParse('\u2066абв\u2069').success).toBe(true);
    expect(requiredText(3).safeParse('\u2066абвг\u2069').success).toBe(false);
    // Only controls: nothing left, so a required field is empty.
    expect(requiredText().safeParse(CONTROLS.join('')).success).toBe(false);
  });

  it('localized text, the required localized text, and settings get it too', () => {
    expect(localizedTextSchema.parse({ ru: 'a\u202Db', ky: '\u2067в' })).toEqual({
      ru: 'ab',
      ky: 'в',
    });
    expect(requiredLocalizedText().parse({ ru: '\u202Bг\u202C' })).toEqual({ ru: 'г' });
    expect(requiredLocalizedText().safeParse({ ru: '\u202B\u202C' }).success).toBe(false);
    expect(settingSchemas.userName.parse('\u202EАйгүл')).toBe('Айгүл');
    expect(cleanString().parse('\u2068x\u2069')).toBe('x');
  });

  it('a whole territory as a form or a restored backup would give it', () => {
    const parsed = territoryInputSchema.parse({
      name: { ru: 'Свердловский\u202E район' },
      kind: 'city-district',
      parent: { ru: 'город \u2066Бишкек\u2069' },
      population: 250_000,
      office: {
        officeName: { ru: 'Администрация' },
        headName: { ru: 'Асанов\u202D А.' },
        headPosition: { ru: 'Глава' },
      },
    });
    expect(parsed.name.ru).toBe('Свердловский район');
    expect(parsed.parent.ru).toBe('город Бишкек');
    expect(parsed.office.headName.ru).toBe('Асанов А.');
  });
});

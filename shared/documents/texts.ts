/*
 * The records' own texts in a document (issue 17, point 4). A row model picks every typed text
 * through one DocumentTexts: where the document's language is missing it prints the text in
 * another language with a discreet mark (FALLBACK_MARK, drawn as a superscript «*» and explained
 * once in a footnote), and remembers which record and field lacked it, so the preview can list
 * them with a way to fill each in before printing. People's names are never marked.
 */
import type { DocumentLanguage, Language } from '../languages';
import { hasAnyText, pickText, type LocalizedText } from '../localized-text';
import { docLabel, languagesOf } from './labels';
import { FALLBACK_MARK, paragraph, type DocumentBlock } from './model';

/** The records whose texts a document prints (what the preview can send the clerk to fill in). */
export type TextSourceKind =
  | 'plan'
  | 'priority'
  | 'objective'
  | 'activity'
  | 'group'
  | 'member'
  | 'meeting'
  | 'decision'
  | 'territory'
  | 'study'
  | 'place'
  | 'problem'
  | 'assessment'
  | 'line'
  | 'funder';

/** Where a text lives: the record and its field (`title`, `indicator.unit`, `agenda.<id>.heard`). */
export interface TextSource {
  kind: TextSourceKind;
  id: string;
  field: string;
}

/** A text the document prints in another language than its own. */
export interface MissingText {
  source: TextSource;
  /** The text as typed (in the first language it exists in). */
  text: string;
  /** The document's languages the record lacks. */
  missing: Language[];
  /** All languages of the text as stored, for an inline field that completes it. */
  value: LocalizedText;
}

/** Picks a record's texts for one document language and keeps the list of missing ones. */
export class DocumentTexts {
  readonly missing: MissingText[] = [];
  private readonly seen = new Set<string>();
  private marks = 0;

  constructor(readonly lang: DocumentLanguage) {}

  private note(value: LocalizedText | undefined, source: TextSource | undefined): boolean {
    if (!hasAnyText(value)) return false;
    const missing = languagesOf(this.lang).filter((one) => pickText(value, one).fallbackFrom);
    if (missing.length === 0) return false;
    this.marks += 1;
    if (source) {
      const key = `${source.kind}/${source.id}/${source.field}`;
      if (!this.seen.has(key)) {
        this.seen.add(key);
        const first = pickText(value, languagesOf(this.lang)[0]!).text;
        this.missing.push({ source, text: first, missing, value: { ...value } });
      }
    }
    return true;
  }

  /**
   * A short text (title, name of an organisation): `ky+ru` gives the Kyrgyz text, then the Russian
   * one after `separator`; a text in one language only is printed once, marked.
   */
  text(value: LocalizedText | undefined, source?: TextSource, separator = '\n'): string {
    const marked = this.note(value, source);
    const mark = marked ? FALLBACK_MARK : '';
    if (this.lang !== 'ky+ru') return `${pickText(value, this.lang).text}${mark}`;
    const ky = pickText(value, 'ky');
    const ru = pickText(value, 'ru');
    if (ky.text === ru.text || ky.fallbackFrom || ru.fallbackFrom)
      return `${ky.fallbackFrom ? ru.text : ky.text}${mark}`;
    return `${ky.text}${separator}${ru.text}`;
  }

  /** Per language of the document: the text in that language (a fallback marked), for labels. */
  each(value: LocalizedText | undefined, source?: TextSource): Record<Language, string> {
    const marked = this.note(value, source);
    const out = { ru: '', ky: '', en: '' } as Record<Language, string>;
    for (const one of languagesOf(this.lang)) {
      const picked = pickText(value, one);
      out[one] = `${picked.text}${marked && picked.fallbackFrom ? FALLBACK_MARK : ''}`;
    }
    return out;
  }

  /** A person's name or other text that is never marked (the first filled language). */
  name(value: LocalizedText | undefined): string {
    return pickText(value, languagesOf(this.lang)[0]!).text;
  }

  /**
   * A label of the catalogue with one record text in it («Приоритет 1. {{title}}»): in `ky+ru`
   * each language's label takes that language's text, the Russian line below the Kyrgyz one.
   */
  label(
    key: string,
    vars: Record<string, string | number>,
    texts: Record<string, { value: LocalizedText | undefined; source?: TextSource }>,
  ): string {
    const picked = Object.fromEntries(
      Object.entries(texts).map(([name, t]) => [name, this.each(t.value, t.source)]),
    );
    const lines = languagesOf(this.lang).map((one) =>
      docLabel(one, key, {
        ...vars,
        ...Object.fromEntries(Object.entries(picked).map(([name, each]) => [name, each[one]])),
      }),
    );
    return lines[0] === lines[1] ? lines[0]! : lines.join('\n');
  }

  /** The footnote explaining the mark, when the document used it (else nothing). */
  footnote(): DocumentBlock[] {
    if (this.marks === 0) return [];
    return [paragraph(docLabel(this.lang, 'paper:fallbackNote', {}, '\n'), { small: true })];
  }
}

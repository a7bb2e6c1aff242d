/*
 * Streams one XML part of a zip through a SAX parser (saxes) with the guards a hostile file needs:
 * a document type (the door to entity expansion) is refused, nesting deeper than any spreadsheet
 * part is refused, and a malformed part is unreadable.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { MAX_XML_DEPTH, ReadError } from './read-limits';
import type { ZipArchive } from './zip';

export interface XmlHandlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/** The local name of a tag (`x:row` → `row`): some writers prefix the spreadsheet namespace. */
export const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses the zip entry `name` as XML, calling the handlers as it goes. */
export function parseXmlPart(
  zip: ZipArchive,
  name: string,
  handlers: XmlHandlers,
  onProgress?: (done: number, total: number) => void,
): void {
  const parser = new SaxesParser();
  let depth = 0;
  parser.on('doctype', () => {
    throw new ReadError('doctype');
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > MAX_XML_DEPTH) throw new ReadError('tooDeep');
    handlers.open?.(tag);
  });
  parser.on('closetag', (tag) => {
    depth -= 1;
    handlers.close?.(tag.name);
  });
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder('utf-8');
  try {
    zip.inflate(name, (chunk) => parser.write(decoder.decode(chunk, { stream: true })), onProgress);
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError('unreadable');
  }
}

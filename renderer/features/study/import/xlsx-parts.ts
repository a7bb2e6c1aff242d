/*
 * Finds an XLSX workbook's parts the way the package says, not by fixed names: `_rels/.rels`
 * names the workbook part, the workbook's own relationships name its worksheets, shared strings
 * and styles. Also reads the small parts: the workbook (sheet names, 1904 dates), shared strings
 * and the styles that show dates.
 */
import { ReadError, type ReadLimits } from './read-limits';
import { local, parseXmlPart } from './xml';
import type { ZipArchive } from './zip';

export interface WorkbookParts {
  sheets: { name: string; part: string }[];
  sharedStrings: string | undefined;
  styles: string | undefined;
  date1904: boolean;
}

const dirOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);

/** A relationship target as a part name: absolute (`/xl/…`) or relative to the source's folder. */
function resolvePart(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : dirOf(source).split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; '' → `_rels/.rels`). */
function relationships(zip: ZipArchive, source: string) {
  const name = zip.find(`${dirOf(source)}_rels/${source.slice(dirOf(source).length)}.rels`);
  const found: { id: string; type: string; part: string }[] = [];
  if (!name) return found;
  parseXmlPart(zip, name, {
    open: (tag) => {
      if (local(tag.name) !== 'Relationship' || tag.attributes['TargetMode'] === 'External') return;
      const target = tag.attributes['Target'];
      if (target === undefined) return;
      found.push({
        id: String(tag.attributes['Id'] ?? ''),
        type: String(tag.attributes['Type'] ?? ''),
        part: resolvePart(source, decodeURI(String(target))),
      });
    },
  });
  return found;
}

/** The workbook part, its worksheets in the workbook's order, and its shared strings and styles. */
export function workbookParts(zip: ZipArchive): WorkbookParts {
  const office = relationships(zip, '').find((r) => r.type.endsWith('/officeDocument'));
  const workbook = zip.find(office?.part ?? 'xl/workbook.xml');
  if (!workbook) throw new ReadError('unreadable');
  const rels = relationships(zip, workbook);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const partOf = (type: string) => {
    const rel = rels.find((r) => r.type.endsWith(type));
    return rel && (zip.find(rel.part) ?? rel.part);
  };
  const result: WorkbookParts = {
    sheets: [],
    sharedStrings: partOf('/sharedStrings'),
    styles: partOf('/styles'),
    date1904: false,
  };
  parseXmlPart(zip, workbook, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'workbookPr') {
        const value = String(tag.attributes['date1904'] ?? '');
        result.date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const id = Object.entries(tag.attributes).find(([key]) => local(key) === 'id')?.[1];
        const rel = id === undefined ? undefined : byId.get(String(id));
        const part = rel && rel.type.endsWith('/worksheet') ? zip.find(rel.part) : undefined;
        if (part) result.sheets.push({ name: String(tag.attributes['name'] ?? ''), part });
      }
    },
  });
  return result;
}

/**
 * The shared strings table: each item's text runs joined (phonetic runs left out), or null when
 * the workbook has none (a cell that refers to it then refuses the file).
 */
export function sharedStrings(
  zip: ZipArchive,
  part: string | undefined,
  limits: ReadLimits,
): string[] | null {
  if (!part || !zip.find(part)) return null;
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  parseXmlPart(zip, part, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'si') current = '';
      else if (name === 't') inText = phonetic === 0;
      else if (name === 'rPh') phonetic += 1;
    },
    close: (name) => {
      const tag = local(name);
      if (tag === 't') inText = false;
      else if (tag === 'rPh') phonetic -= 1;
      else if (tag === 'si') {
        strings.push(current);
        if (strings.length > limits.maxCells)
          throw new ReadError('tooManyCells', { max: limits.maxCells });
      }
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times. */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a custom number format shows a date or time (quoted text and [colours] left out). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare);
}

/** The style indexes (`s` of a cell) whose number format is a date. */
export function dateStyles(zip: ZipArchive, part: string | undefined): Set<number> {
  const styles = new Set<number>();
  if (!part || !zip.find(part)) return styles;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let xf = 0;
  parseXmlPart(zip, part, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'numFmt')
        custom.set(Number(tag.attributes['numFmtId']), String(tag.attributes['formatCode'] ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes['numFmtId'] ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) styles.add(xf);
        xf += 1;
      }
    },
    close: (name) => {
      if (local(name) === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

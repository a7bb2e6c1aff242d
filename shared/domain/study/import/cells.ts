/* Cell-level readings of an import: dates and times, and the codes of a multiple-choice cell. */
import type { Cell } from './mapper';

/** Excel's day count (1900 system) → ISO instant. */
export function excelSerialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString();
}

export function parseInstant(value: Cell): string | null {
  if (typeof value === 'number')
    return value > 20_000 && value < 80_000 ? excelSerialToIso(value) : null;
  const text = String(value).trim();
  const dmY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(.*)$/.exec(text);
  const candidate = dmY
    ? `${dmY[3]}-${dmY[2]!.padStart(2, '0')}-${dmY[1]!.padStart(2, '0')}${dmY[4]?.trim() ? `T${dmY[4].trim()}` : ''}`
    : text;
  const ms = Date.parse(candidate);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * The codes a multiple-choice cell names: space-separated codes, or labels that themselves hold
 * spaces (KoBo's label export joins choice labels with spaces), longest known phrase first.
 * `null` = a value the clerk chose to drop; `undefined` = unknown.
 */
export function problemTokens(
  text: string,
  lookup: (phrase: string) => string | undefined,
): [string, string | null | undefined][] {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  const direct = words.map((w) => lookup(w));
  if (direct.every((c) => c !== undefined)) return words.map((w, i) => [w, direct[i] || null]);
  const out: [string, string | null | undefined][] = [];
  for (let i = 0; i < words.length;) {
    let found = false;
    for (let j = Math.min(words.length, i + 8); j > i + 1 && !found; j -= 1) {
      const phrase = words.slice(i, j).join(' ');
      const code = lookup(phrase);
      if (code !== undefined) [out[out.length], i, found] = [[phrase, code || null], j, true];
    }
    if (!found) {
      out.push([words[i]!, direct[i] === undefined ? undefined : direct[i] || null]);
      i += 1;
    }
  }
  return out;
}

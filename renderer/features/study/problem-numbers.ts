/** Parses "3 9 14" / "3,9" into 0-based problem indexes; an i18n error key for a number out of the list. */
export function parseProblemNumbers(
  text: string,
  count: number,
): { indexes: number[]; error?: string } {
  const parts = text.split(/[\s,;.]+/).filter(Boolean);
  const indexes: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { indexes, error: 'entry.problemNumbersOnly' };
    const n = Number(part);
    if (n < 1 || n > count) return { indexes, error: 'entry.problemNumberUnknown' };
    if (!indexes.includes(n - 1)) indexes.push(n - 1);
  }
  return { indexes };
}

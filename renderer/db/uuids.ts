/*
 * Many random (version 4) UUIDs at once, from one call for random bytes: an import names tens of
 * thousands of responses, and `crypto.randomUUID()` asks for random bytes once per id.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `count` version-4 UUIDs (RFC 9562 §5.4), as `crypto.randomUUID()` formats them. */
export function randomUuids(count: number): string[] {
  const out: string[] = [];
  // getRandomValues fills at most 65,536 bytes a call.
  const PER_CALL = 4096;
  for (let from = 0; from < count; from += PER_CALL) {
    const n = Math.min(PER_CALL, count - from);
    const bytes = crypto.getRandomValues(new Uint8Array(n * 16));
    for (let k = 0; k < n; k += 1) {
      const b = k * 16;
      bytes[b + 6] = (bytes[b + 6]! & 0x0f) | 0x40;
      bytes[b + 8] = (bytes[b + 8]! & 0x3f) | 0x80;
      const h = (i: number) => HEX[bytes[b + i]!]!;
      out.push(
        `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`,
      );
    }
  }
  return out;
}

/*
 * Reads the entries of a zip (an XLSX package) from its central directory, and inflates one entry
 * at a time as a stream with its sizes checked: the declared size and the compression ratio before
 * a byte is inflated, then the bytes actually produced, so a zip bomb (even one that lies about its
 * size) is refused after at most the cap, never inflated into memory. fflate does the inflating.
 */
import { Inflate } from 'fflate';
import { MAX_COMPRESSION_RATIO, ReadError } from './read-limits';

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  size: number;
  originalSize: number;
  offset: number;
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
/** A 64-bit little-endian size (exact below 2^53, which is far beyond any cap). */
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 2 ** 32;

const PUSH = 32 * 1024;
const RATIO_FROM = 1024 * 1024;
const names = new TextDecoder('utf-8');

/** The sizes and offset of a zip64 extra field where the 32-bit fields say 0xFFFFFFFF. */
function zip64(bytes: Uint8Array, from: number, to: number, entry: ZipEntry): void {
  for (let p = from; p + 4 <= to; p += 4 + u16(bytes, p + 2)) {
    if (u16(bytes, p) !== 1) continue;
    let q = p + 4;
    if (entry.originalSize === 0xffffffff) {
      entry.originalSize = u64(bytes, q);
      q += 8;
    }
    if (entry.size === 0xffffffff) {
      entry.size = u64(bytes, q);
      q += 8;
    }
    if (entry.offset === 0xffffffff) entry.offset = u64(bytes, q);
    return;
  }
}

/** A zip archive's entries by name; a budget of inflated bytes shared by every entry read. */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxInflated: number,
  ) {
    let end = bytes.length - 22;
    const stop = Math.max(0, bytes.length - 65_557);
    while (end >= stop && u32(bytes, end) !== 0x06054b50) end -= 1;
    if (end < stop) throw new ReadError('unreadable');
    let count = u16(bytes, end + 10);
    let at = u32(bytes, end + 16);
    const locator = end - 20;
    if (locator >= 0 && u32(bytes, locator) === 0x07064b50) {
      const record = u64(bytes, locator + 8);
      if (record + 56 <= bytes.length && u32(bytes, record) === 0x06064b50) {
        count = u64(bytes, record + 32);
        at = u64(bytes, record + 48);
      }
    }
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
        throw new ReadError('unreadable');
      const nameLength = u16(bytes, at + 28);
      const extraLength = u16(bytes, at + 30);
      const entry: ZipEntry = {
        name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
        flags: u16(bytes, at + 8),
        method: u16(bytes, at + 10),
        size: u32(bytes, at + 20),
        originalSize: u32(bytes, at + 24),
        offset: u32(bytes, at + 42),
      };
      zip64(bytes, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
      at += 46 + nameLength + extraLength + u16(bytes, at + 32);
    }
  }

  /** The entry's exact name, or the one differing only in letter case. */
  find(name: string): string | undefined {
    if (this.entries.has(name)) return name;
    const lower = name.toLowerCase();
    for (const key of this.entries.keys()) if (key.toLowerCase() === lower) return key;
    return undefined;
  }

  /** The declared uncompressed size of an entry (0 when absent). */
  declaredSize(name: string): number {
    return this.entries.get(name)?.originalSize ?? 0;
  }

  /** Refuses, before inflating anything, entries that declare more than the budget or a bomb's ratio. */
  check(entryNames: readonly string[]): void {
    let total = this.inflated;
    for (const name of entryNames) {
      const entry = this.entries.get(name);
      if (!entry) continue;
      if (entry.flags & 1) throw new ReadError('encrypted');
      total += entry.originalSize;
      const ratio = entry.originalSize / Math.max(entry.size, 1);
      if (
        total > this.maxInflated ||
        (entry.originalSize > RATIO_FROM && ratio > MAX_COMPRESSION_RATIO)
      )
        throw new ReadError('packedTooLarge');
    }
  }

  /** Inflates an entry chunk by chunk into `onData`; progress counts compressed bytes. */
  inflate(
    name: string,
    onData: (chunk: Uint8Array) => void,
    onProgress?: (done: number, total: number) => void,
  ): void {
    const entry = this.entries.get(name);
    if (!entry) throw new ReadError('unreadable');
    this.check([name]);
    const bytes = this.bytes;
    const local = entry.offset;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50)
      throw new ReadError('unreadable');
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + entry.size > bytes.length) throw new ReadError('unreadable');
    const data = bytes.subarray(start, start + entry.size);
    let produced = 0;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      // The declared size was checked against the caps: more than it is a lie, and refused.
      if (produced > entry.originalSize) throw new ReadError('packedTooLarge');
      if (chunk.length > 0) onData(chunk);
    };
    try {
      if (entry.method === 0) take(data);
      else if (entry.method === 8) {
        const inflater = new Inflate((chunk: Uint8Array) => take(chunk));
        for (let from = 0; from < data.length || from === 0; from += PUSH) {
          const last = from + PUSH >= data.length;
          inflater.push(data.subarray(from, from + PUSH), last);
          onProgress?.(Math.min(from + PUSH, data.length), data.length);
        }
      } else throw new ReadError('unreadable');
    } catch (error) {
      if (error instanceof ReadError) throw error;
      throw new ReadError('unreadable');
    }
    if (produced !== entry.originalSize) throw new ReadError('unreadable');
    this.inflated += produced;
  }
}

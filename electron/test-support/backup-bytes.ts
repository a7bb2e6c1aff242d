/*
 * A backup file as the renderer makes one (gzip over a header line and a payload line), built
 * here with the platform's CompressionStream and spelt-out fields, independently of the main
 * process's reader (which uses node:zlib and the shared header schema).
 */
export async function gzipText(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A small valid backup; `header` overrides header fields. */
export function backupBytes(header: Record<string, unknown> = {}): Promise<Uint8Array> {
  const fields = {
    magic: 'koopsuz-backup',
    format: 1,
    app: 'Koopsuz',
    appVersion: '0.1.0',
    schemaVersion: 7,
    createdAt: '2026-11-05T14:30:00.000Z',
    checksum: 'ab'.repeat(32),
    counts: { territories: 1 },
    territories: [{ id: '6f1c7c2e-3b1a-4d7e-9f0a-1b2c3d4e5f60', name: { ru: 'Ала-Бука' } }],
    ...header,
  };
  return gzipText(`${JSON.stringify(fields)}\n{"tables":{"territories":[]}}`);
}

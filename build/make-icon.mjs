/*
 * Regenerates build/icon.png (512x512) and build/icon.ico (16–256 px, PNG entries, valid on
 * Windows Vista and later) from the SVG below: a shield with a "K", drawn as paths so no font is
 * needed. Needs Chromium (`/usr/bin/chromium`, or CHROMIUM=path). Run: node build/make-icon.mjs
 */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const svg = (
  size,
) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="field" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1f6fb2"/><stop offset="1" stop-color="#0d3f70"/>
    </linearGradient>
  </defs>
  <path d="M256 24 L456 92 V236 C456 356 372 446 256 492 C140 446 56 356 56 236 V92 Z"
        fill="url(#field)" stroke="#f2b632" stroke-width="22" stroke-linejoin="round"/>
  <path d="M144 130 H200 V232 L292 130 H360 L256 242 L368 384 H298 L218 280 L200 300 V384 H144 Z"
        fill="#ffffff"/>
</svg>`;

function render(size, work) {
  const html = path.join(work, `icon-${size}.html`);
  const png = path.join(work, `icon-${size}.png`);
  writeFileSync(
    html,
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(size)}`,
  );
  execFileSync(
    chromium,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      '--default-background-color=00000000',
      `--user-data-dir=${path.join(work, 'profile')}`,
      `--window-size=${size},${size}`,
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  );
  return readFileSync(png);
}

// ICO: a 6-byte header, one 16-byte entry per image, then the PNG files themselves.
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

const work = mkdtempSync(path.join(tmpdir(), 'koopsuz-icon-'));
try {
  writeFileSync(path.join(here, 'icon.png'), render(512, work));
  const images = ICO_SIZES.map((size) => ({ size, png: render(size, work) }));
  writeFileSync(path.join(here, 'icon.ico'), ico(images));
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Draws the app icon and writes every file electron-builder needs into resources/: icon.png (1024),
// icons/<n>x<n>.png (Linux), icon.ico (Windows, PNG-compressed entries) and icon.icns (macOS).
// Run with `node scripts/make-icons.mjs [outDir]`; the output is deterministic, so a re-run changes nothing
// (test/packaging.test.ts checks that the committed files are exactly what this script draws).
// Pure Node (zlib), no image tools: the machine that builds the app may have none.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'resources'));

// The picture, in a unit square: a deep blue rounded tile, a white ring and a check mark ("configured").
const TOP = [0x25, 0x63, 0xb8];
const BOTTOM = [0x12, 0x33, 0x6b];
const WHITE = [0xff, 0xff, 0xff];

function roundedBox(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x, y, [ax, ay], [bx, by]) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy);
}

const CHECK = [
  [0.33, 0.51],
  [0.45, 0.63],
  [0.68, 0.38],
];

/** Signed distances (unit square) of the tile and of the white mark. */
function shapes(x, y) {
  const tile = roundedBox(x, y, 0.44, 0.2);
  const ring = Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.27) - 0.028;
  const check = Math.min(segment(x, y, CHECK[0], CHECK[1]), segment(x, y, CHECK[1], CHECK[2])) - 0.045;
  return { tile, mark: Math.min(ring, check) };
}

// Coverage of a shape at one pixel from its signed distance: a one-pixel anti-aliased edge.
const coverage = (distance, size) => Math.max(0, Math.min(1, 0.5 - distance * size));

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      const { tile, mark } = shapes(x, y);
      const alpha = coverage(tile, size);
      const white = coverage(mark, size);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const base = TOP[c] + (BOTTOM[c] - TOP[c]) * y;
        rgba[i + c] = Math.round(base + (WHITE[c] - base) * white);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const rgba = draw(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Windows: an ICO whose entries are PNGs (supported since Vista); 256 is written as 0 in the directory.
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

// macOS: an ICNS of PNG-compressed elements, by Apple's type codes.
const ICNS_TYPES = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
function icns(images) {
  const parts = images.map(({ size, data }) => {
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size], 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const images = new Map(SIZES.map((size) => [size, png(size)]));
const pick = (sizes) => sizes.map((size) => ({ size, data: images.get(size) }));

mkdirSync(join(OUT, 'icons'), { recursive: true });
writeFileSync(join(OUT, 'icon.png'), images.get(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) writeFileSync(join(OUT, 'icons', `${size}x${size}.png`), images.get(size));
writeFileSync(join(OUT, 'icon.ico'), ico(pick([16, 24, 32, 48, 64, 128, 256])));
writeFileSync(join(OUT, 'icon.icns'), icns(pick([16, 32, 64, 128, 256, 512, 1024])));
console.log(`Icons written to ${OUT}`);

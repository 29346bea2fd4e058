#!/usr/bin/env node
// Draws the app icon (resources/icon.png, 1024×1024) with no dependencies: a blue rounded
// square with a white badge (a person above a card line). electron-builder derives the
// Windows .ico and macOS .icns from this PNG. Run: node scripts/makeIcon.js

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { Buffer } from 'node:buffer';

const SIZE = 1024;
const SS = 4; // supersampling per axis, for smooth edges

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of one sample point, [r, g, b, a] in 0..255. */
function sample(x, y) {
  const u = x / SIZE;
  const v = y / SIZE;
  if (!roundedRect(u, v, 0.06, 0.06, 0.94, 0.94, 0.19)) return [0, 0, 0, 0];
  const head = (u - 0.5) ** 2 + (v - 0.36) ** 2 <= 0.13 ** 2;
  const shoulders = (u - 0.5) ** 2 / 0.25 ** 2 + (v - 0.72) ** 2 / 0.2 ** 2 <= 1 && v <= 0.66;
  const card = roundedRect(u, v, 0.27, 0.7, 0.73, 0.77, 0.035);
  if (head || shoulders || card) return [255, 255, 255, 255];
  const t = (u + v) / 2; // diagonal gradient #228be6 → #1864ab
  return [Math.round(0x22 + (0x18 - 0x22) * t), Math.round(0x8b + (0x64 - 0x8b) * t), Math.round(0xe6 + (0xab - 0xe6) * t), 255];
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const [r, g, b, a] = sample(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        acc[0] += r * a;
        acc[1] += g * a;
        acc[2] += b * a;
        acc[3] += a;
      }
    const o = row + 1 + x * 4;
    const alpha = acc[3] / (SS * SS);
    for (let i = 0; i < 3; i++) raw[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
    raw[o + 3] = Math.round(alpha);
  }
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`${out} (${SIZE}×${SIZE}, ${png.length} bytes)`);

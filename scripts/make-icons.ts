// Draws the extension icon (a lens over a highlighted line, on a blue tile) at the sizes Chrome and Firefox ask
// for, and writes PNGs to public/icon/. Run once after changing the design: npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];

type Rgba = [number, number, number, number];
const BLUE: Rgba = [26, 95, 180, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [246, 201, 69, 255];

/** The colour at a point of the unit square (0..1), or undefined for transparent. */
function shade(x: number, y: number): Rgba | undefined {
  // Rounded tile.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined;
  // Lens: a white ring centred at (0.43, 0.43).
  const d = Math.hypot(x - 0.43, y - 0.43);
  if (d > 0.2 && d < 0.28) return WHITE;
  // Handle: a thick white bar towards the bottom right.
  const t = (x - 0.6 + (y - 0.6)) / 2;
  const off = Math.abs(x - 0.6 - (y - 0.6)) / Math.SQRT2;
  if (t > 0 && t < 0.2 && off < 0.055) return WHITE;
  // A highlighted line seen through the lens.
  if (d <= 0.2 && y > 0.38 && y < 0.5 && x > 0.28 && x < 0.58) return GOLD;
  return BLUE;
}

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size: number): Buffer {
  const SS = 4; // supersampling per axis, for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!c) continue;
          for (let k = 0; k < 3; k++) sum[k]! += c[k]! * c[3];
          sum[3]! += c[3];
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const alpha = sum[3]! / (SS * SS);
      for (let k = 0; k < 3; k++) raw[o + k] = sum[3]! > 0 ? Math.round(sum[k]! / sum[3]!) : 0;
      raw[o + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);

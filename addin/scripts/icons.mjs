// Ribbon and manifest icons drawn in code and encoded as PNG with node:zlib,
// so the repository holds no binary assets and every size is crisp.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes an RGBA pixel buffer (width*height*4 bytes) as a PNG file. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

// Shapes in a unit square (0..1), white on a coloured rounded tile.
const segment = (x1, y1, x2, y2, w) => (x, y) => {
  const dx = x2 - x1, dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= w / 2;
};
const rect = (x1, y1, x2, y2) => (x, y) => x >= x1 && x <= x2 && y >= y1 && y <= y2;
const any = (...fs) => (x, y) => fs.some((f) => f(x, y));

const GLYPHS = {
  // The product: a meeting table seen from above (three seats around a table).
  icon: any(rect(0.3, 0.42, 0.7, 0.58), (x, y) => Math.hypot(x - 0.5, y - 0.27) < 0.09, (x, y) => Math.hypot(x - 0.27, y - 0.72) < 0.09, (x, y) => Math.hypot(x - 0.73, y - 0.72) < 0.09),
  validate: any(segment(0.25, 0.52, 0.43, 0.7, 0.12), segment(0.43, 0.7, 0.76, 0.32, 0.12)),
  plan: any(rect(0.22, 0.26, 0.78, 0.36), (x, y) => rect(0.22, 0.42, 0.78, 0.78)(x, y) && !(((x - 0.22) % 0.19) > 0.13 || ((y - 0.42) % 0.13) > 0.08)),
  summary: any(rect(0.24, 0.52, 0.36, 0.78), rect(0.44, 0.3, 0.56, 0.78), rect(0.64, 0.42, 0.76, 0.78)),
  template: any(rect(0.24, 0.24, 0.76, 0.32), rect(0.24, 0.42, 0.76, 0.47), rect(0.24, 0.56, 0.76, 0.61), rect(0.24, 0.7, 0.6, 0.75)),
  clear: any(segment(0.3, 0.3, 0.7, 0.7, 0.13), segment(0.7, 0.3, 0.3, 0.7, 0.13)),
};
// Fluent brand-ish colours with white glyphs (contrast ≥ 4.5:1 against white).
const COLORS = { icon: '#0F6CBD', validate: '#0E700E', plan: '#0F6CBD', summary: '#8A3707', template: '#5C2E91', clear: '#B10E1C' };

/** Draws one icon (4×4 supersampled for smooth edges). */
export function drawIcon(kind, size) {
  const glyph = GLYPHS[kind];
  const [r, g, b] = hex(COLORS[kind]);
  const rgba = new Uint8Array(size * size * 4);
  const S = 4;
  const radius = 0.18;
  const inTile = (x, y) => {
    const cx = Math.min(Math.max(x, radius), 1 - radius), cy = Math.min(Math.max(y, radius), 1 - radius);
    return Math.hypot(x - cx, y - cy) <= radius;
  };
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0, mark = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const x = (px + (sx + 0.5) / S) / size, y = (py + (sy + 0.5) / S) / size;
        if (inTile(x, y)) { tile++; if (glyph(x, y)) mark++; }
      }
      const i = (py * size + px) * 4;
      const a = tile / (S * S), m = tile ? mark / tile : 0;
      rgba[i] = Math.round(r + (255 - r) * m);
      rgba[i + 1] = Math.round(g + (255 - g) * m);
      rgba[i + 2] = Math.round(b + (255 - b) * m);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, size, rgba);
}

export const ICON_KINDS = Object.keys(GLYPHS);
export const ICON_SIZES = [16, 32, 80];

// Draws media/icon.png (128x128): an envelope on a navy tile with a round badge of three log lines coloured
// like reply classes (green 2xx, amber 4xx, red 5xx). No image library: shapes are sampled 4x4 per pixel and
// the PNG is written with zlib. Run: node media/draw-icon.mjs (not shipped in the .vsix).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const NAVY_TOP = hex('#1f4e79');
const NAVY_BOTTOM = hex('#14304d');
const PAPER = hex('#f5f8fc');
const FOLD = hex('#c9d6e4');
const BADGE = hex('#0f2338');
const GREEN = hex('#3fb950');
const AMBER = hex('#e3a008');
const RED = hex('#f0524f');

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const dx = Math.abs(x - cx) - hx;
  const dy = Math.abs(y - cy) - hy;
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - r;
}

/** Distance from a point to a segment. */
function segment(x, y, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

const ENV = { x0: 14, y0: 28, x1: 100, y1: 88 };
const BADGE_C = { x: 96, y: 92, r: 27 };

/** The colour at one sample point, painted back to front; null where the tile is transparent. */
function colourAt(x, y) {
  if (roundedRect(x, y, 2, 2, 126, 126, 24) > 0) return null;
  const t = y / SIZE;
  let c = NAVY_TOP.map((v, i) => Math.round(v + (NAVY_BOTTOM[i] - v) * t));

  if (roundedRect(x, y, ENV.x0, ENV.y0, ENV.x1, ENV.y1, 7) <= 0) {
    c = PAPER;
    const midX = (ENV.x0 + ENV.x1) / 2;
    const foldY = 62;
    // The flap: two strokes from the top corners to the middle; the lower seams are lighter.
    if (segment(x, y, ENV.x0 + 3, ENV.y0 + 3, midX, foldY) < 3.2 || segment(x, y, ENV.x1 - 3, ENV.y0 + 3, midX, foldY) < 3.2) c = NAVY_TOP;
    else if (segment(x, y, ENV.x0 + 3, ENV.y1 - 3, midX - 10, foldY - 8) < 1.6 || segment(x, y, ENV.x1 - 3, ENV.y1 - 3, midX + 10, foldY - 8) < 1.6) c = FOLD;
  }

  const d = Math.hypot(x - BADGE_C.x, y - BADGE_C.y);
  if (d <= BADGE_C.r + 3.5) c = NAVY_BOTTOM; // a ring that separates the badge from the envelope
  if (d <= BADGE_C.r) {
    c = BADGE;
    const bars = [
      [GREEN, -10, 30],
      [AMBER, 0, 22],
      [RED, 10, 26],
    ];
    for (const [colour, dy, width] of bars) {
      const x0 = BADGE_C.x - 15;
      if (roundedRect(x, y, x0, BADGE_C.y + dy - 3, x0 + width, BADGE_C.y + dy + 3, 3) <= 0) c = colour;
    }
  }
  return c;
}

function render() {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let py = 0; py < SIZE; py++) {
    raw[py * (SIZE * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < SIZE; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const o = py * (SIZE * 4 + 1) + 1 + px * 4;
      if (a > 0) {
        raw[o] = Math.round(r / a);
        raw[o + 1] = Math.round(g / a);
        raw[o + 2] = Math.round(b / a);
      }
      raw[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('./icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${png.length} bytes)`);

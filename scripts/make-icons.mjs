// Draws Red Cup's toolbar and store icons — a red take-away cup with a lid, on a transparent
// background — into public/icons/{16,32,48,128}.png. Pure Node (zlib), anti-aliased by
// supersampling. The PNGs are committed; run this again only to change the drawing:
//
//   node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { rootPath, isMain, cli } from './lib/util.mjs';
import { crc32 } from './lib/zip.mjs';

export const SIZES = [16, 32, 48, 128];

// ── The drawing, in unit coordinates (0..1, y down). Later layers paint over earlier ones. ──

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - (right - left) / 2 + radius;
  const qy = Math.abs(y - cy) - (bottom - top) / 2 + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** The cup's body: wider at the rim than at the base. Half-width at height y. */
const BODY = { top: 0.25, bottom: 0.93, topHalf: 0.265, bottomHalf: 0.185 };
function bodyHalfWidth(y) {
  const t = (y - BODY.top) / (BODY.bottom - BODY.top);
  return BODY.topHalf + (BODY.bottomHalf - BODY.topHalf) * t;
}
function inBody(x, y) {
  if (y < BODY.top || y > BODY.bottom) return false;
  const half = bodyHalfWidth(y);
  if (Math.abs(x - 0.5) > half) return false;
  // Round the two bottom corners a little.
  const r = 0.05;
  if (y > BODY.bottom - r && Math.abs(x - 0.5) > half - r) {
    const cx = 0.5 + Math.sign(x - 0.5) * (half - r);
    return Math.hypot(x - cx, y - (BODY.bottom - r)) <= r;
  }
  return true;
}

const LAYERS = [
  // body
  { color: [0xd6, 0x28, 0x28], inside: inBody },
  // sleeve band, a shade darker
  { color: [0xa8, 0x16, 0x1b], inside: (x, y) => y >= 0.5 && y <= 0.7 && inBody(x, y) },
  // highlight down the left side of the body
  {
    color: [0xf2, 0x6b, 0x5e],
    inside: (x, y) => {
      if (y < 0.3 || y > 0.86 || (y >= 0.5 && y <= 0.7)) return false;
      const left = 0.5 - bodyHalfWidth(y);
      return x >= left + 0.055 && x <= left + 0.105;
    },
  },
  // lid rim, wider than the cup
  { color: [0x9e, 0x15, 0x1a], inside: (x, y) => roundedRect(x, y, 0.19, 0.17, 0.81, 0.27, 0.045) <= 0 },
  // lid dome
  { color: [0x9e, 0x15, 0x1a], inside: (x, y) => roundedRect(x, y, 0.29, 0.07, 0.71, 0.2, 0.06) <= 0 },
  // sip hole
  { color: [0x5c, 0x0b, 0x0e], inside: (x, y) => roundedRect(x, y, 0.55, 0.105, 0.65, 0.145, 0.02) <= 0 },
];

/** RGBA pixels of the icon at `size`×`size`, each pixel supersampled `ss`×`ss` times. */
export function drawCup(size, ss = 8) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let color = null;
          for (const layer of LAYERS) if (layer.inside(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        // Colour is the average over covered samples (un-premultiplied); alpha is the coverage.
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
        pixels[i + 3] = Math.round((a / (ss * ss)) * 255);
      }
    }
  }
  return pixels;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A truecolour + alpha PNG. */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (isMain(import.meta.url)) {
  cli(async () => {
    const dir = rootPath('public', 'icons');
    mkdirSync(dir, { recursive: true });
    for (const size of SIZES) {
      const png = encodePng(size, drawCup(size));
      writeFileSync(`${dir}/${size}.png`, png);
      console.log(`public/icons/${size}.png  ${png.length} bytes`);
    }
  });
}

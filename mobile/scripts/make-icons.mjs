// Writes the app's icons (tiny PNGs, committed) into assets/: a white "play" triangle, the
// audiovisual mark, on the brand purple. Run again after changing the colours or the shape:
//   node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const PURPLE = [0x5b, 0x2a, 0x86, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(size, pixel) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// A right-pointing triangle centred in the unit square, `scale` of its side.
function inTriangle(u, v, scale) {
  const h = scale / 2;
  const left = 0.5 - h * 0.8;
  const right = 0.5 + h;
  if (u < left || u > right) return false;
  const half = h * ((right - u) / (right - left));
  return Math.abs(v - 0.5) <= half;
}

function mark(size, scale, background) {
  return png(size, (x, y) =>
    inTriangle((x + 0.5) / size, (y + 0.5) / size, scale) ? WHITE : background,
  );
}

const outputs = {
  'assets/icon.png': mark(512, 0.5, PURPLE),
  'assets/favicon.png': mark(48, 0.5, PURPLE),
  // Android adaptive icon: the launcher masks the outer third, so the mark stays in the middle.
  'assets/adaptive-icon.png': mark(432, 0.36, CLEAR),
  // Android tints the notification icon: white on transparent only.
  'assets/notification-icon.png': mark(96, 0.6, CLEAR),
};
for (const [path, bytes] of Object.entries(outputs)) {
  writeFileSync(new URL(`../${path}`, import.meta.url), bytes);
  console.log(`${path} ${bytes.length} bytes`);
}

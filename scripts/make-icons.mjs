// Draws the PNG icons and favicon.ico in public/ from their two SVG sources: run `node scripts/make-icons.mjs`
// after changing public/icon.svg or public/icon-maskable.svg, and commit what it writes.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const publicDir = path.join(import.meta.dirname, "..", "public");
const source = (name) => fs.readFileSync(path.join(publicDir, name));
const png = (svg, size) => sharp(svg, { density: 384 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

const icon = source("icon.svg");
const maskable = source("icon-maskable.svg");
const outputs = [
  // The web app manifest's icons: 192 and 512 px are what Android asks for; the maskable one fills its shapes.
  ["icons/icon-192.png", icon, 192],
  ["icons/icon-512.png", icon, 512],
  ["icons/maskable-512.png", maskable, 512],
  // iOS rounds the corners of the home-screen icon itself and shows transparency as black: the full-bleed mark.
  ["apple-touch-icon.png", maskable, 180],
];
for (const [file, svg, size] of outputs) fs.writeFileSync(path.join(publicDir, file), await png(svg, size));

/** An ICO file holding PNG images (read by every browser since Windows Vista's format change), largest last. */
async function ico(svg, sizes) {
  const images = await Promise.all(sizes.map((size) => png(svg, size)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(sizes[index] % 256, entry); // 256 is written as 0
    header.writeUInt8(sizes[index] % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}
fs.writeFileSync(path.join(publicDir, "favicon.ico"), await ico(icon, [16, 32, 48]));

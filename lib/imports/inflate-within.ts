/**
 * Measures what a zip really unpacks to, stopping at a limit: each entry of the central directory is inflated
 * with node:zlib's maxOutputLength, so a file whose declared sizes lie costs at most the limit, never gigabytes.
 */
import { inflateRawSync } from "node:zlib";

const centralEntry = 0x02014b50;
const localHeader = 0x04034b50;
const endOfDirectory = 0x06054b50;

/** The bytes the zip's entries inflate to, "tooLarge" past `limit`, or "unreadable" when it is not a zip we read. */
export function inflatedSizeWithin(bytes: Uint8Array, limit: number): number | "tooLarge" | "unreadable" {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === null) return "unreadable";
  let entry = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < view.getUint16(end + 10, true); index++) {
    if (entry + 46 > bytes.byteLength || view.getUint32(entry, true) !== centralEntry) return "unreadable";
    const method = view.getUint16(entry + 10, true);
    const compressedSize = view.getUint32(entry + 20, true);
    const local = view.getUint32(entry + 42, true);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== localHeader) return "unreadable";
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.byteLength) return "unreadable";
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) total += compressedSize;
    else if (method === 8) {
      const remaining = limit - total;
      if (remaining <= 0) return "tooLarge";
      try {
        total += inflateRawSync(data, { maxOutputLength: remaining }).byteLength;
      } catch (error) {
        // zlib stops as soon as the output would pass the limit.
        return (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? "tooLarge" : "unreadable";
      }
    } else return "unreadable";
    if (total > limit) return "tooLarge";
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
  }
  return total;
}

function findEndOfDirectory(view: DataView): number | null {
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === endOfDirectory) return offset;
  }
  return null;
}

// The text inside a downloaded workbook (.xlsx, a zip of XML parts): every part inflated with
// node:zlib and read as UTF-8, so that a test can look for a sheet's name or a cell's words
// without a spreadsheet library. Only what write-excel-file writes: stored or deflated entries.
import { inflateRawSync } from 'node:zlib';

/** Each part of the zip, by its path ("xl/workbook.xml"), as text. */
export function xlsxParts(bytes: Buffer): Map<string, string> {
  // The end of central directory record: its signature, searched from the end (no comment).
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let index = 0; index < entries; index += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressed);
    parts.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** Every part's text run together, XML entities of text decoded (&amp; &lt; &gt; &quot; &apos;). */
export function xlsxText(bytes: Buffer): string {
  return [...xlsxParts(bytes).values()]
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

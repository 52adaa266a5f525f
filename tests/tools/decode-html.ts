/**
 * Decode HTML bytes the way a browser would for saved pages: BOM, then valid
 * UTF-8, then the declared charset, then windows-1252. Used by the extract CLI
 * and the benchmark (some evaluation pages are ISO-8859-1/windows-125x).
 */
import { gunzipSync } from 'node:zlib';

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** Bytes (gzipped or not) to a string. */
export function decodeHtml(input: Uint8Array): string {
  let bytes = input;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: fall through to the declared charset
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // unknown label
    }
  }
  return new TextDecoder('windows-1252').decode(bytes);
}

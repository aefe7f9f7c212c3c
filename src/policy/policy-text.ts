import { formatPosition, UserError } from '../user-error';

/**
 * The text of a policy file's bytes. A policy is UTF-8 (a byte order mark is allowed and
 * dropped). Anything else is refused rather than repaired: a replaced byte silently changes a
 * user name or an exemption's reason, and UTF-16 would only fail later as "a single value".
 */
export function decodePolicyText(bytes: Uint8Array, file: string): string {
  const utf16 = utf16Kind(bytes);
  if (utf16 !== null) {
    throw new UserError(
      `${file}: the policy is ${utf16}, but a policy must be UTF-8 — save it as UTF-8 (in most editors: ` +
        '"Save with encoding" → UTF-8)',
      { file },
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const position = { file, ...positionOfInvalidByte(body) };
    throw new UserError(
      `${formatPosition(position)}: the policy is not valid UTF-8 here (another encoding, such as Latin-1?) — ` +
        'a policy must be UTF-8: save it as UTF-8',
      position,
    );
  }
}

/** UTF-16 (or UTF-32) shows as its byte order mark, or as NUL bytes beside ASCII text. */
function utf16Kind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian byte order mark)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian byte order mark)';
  // A NUL is never in a YAML policy; in UTF-16 every ASCII character has one.
  if (bytes.includes(0)) return 'UTF-16 or binary (it has NUL bytes)';
  return null;
}

/** Line and column (in characters) of the first byte that does not start or continue valid UTF-8. */
function positionOfInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let at = 0;
  while (at < bytes.length) {
    const length = sequenceLength(bytes, at);
    if (length === 0) break;
    if (bytes[at] === 0x0a) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    at += length;
  }
  return { line, column };
}

/** Length of the valid UTF-8 sequence at `at`, or 0 when it is invalid (RFC 3629, no overlongs or surrogates). */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at] ?? 0;
  if (first < 0x80) return 1;
  const cont = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[at + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return cont(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

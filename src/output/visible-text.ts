/**
 * Characters that change how text around them is shown, made visible. A control character (a NUL
 * in an exemption reason) can cut or garble a log line; a bidi control (U+202E) can reorder a
 * line so that `gnp.exe` reads as `exe.png`. Untrusted text shows them as marks instead.
 */

// Tab, line feed and carriage return are left to each caller (a log line keeps them, a table cell
// cannot).
// eslint-disable-next-line no-control-regex
const C0_AND_DEL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const C1_AND_BIDI = /[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** C0 controls become their Control Pictures (NUL → ␀), C1 and bidi controls `<U+202E>`. */
export function showInvisible(text: string): string {
  return text
    .replace(C0_AND_DEL, (char) => (char === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + char.charCodeAt(0))))
    .replace(C1_AND_BIDI, (char) => `<${codePoint(char)}>`);
}

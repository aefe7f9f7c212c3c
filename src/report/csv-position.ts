/**
 * Where things are in the CSV text, for error messages only: nothing here runs while a valid
 * report is parsed, so plain scans are fine.
 */
export interface TextPosition {
  /** 1-based physical line. */
  line: number;
  /** 1-based, counted in characters (code points), not bytes. */
  column: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  while (newline !== -1 && newline < offset) {
    line += 1;
    lineStart = newline + 1;
    newline = text.indexOf('\n', lineStart);
  }
  let column = 1;
  for (let i = lineStart; i < offset; i += 1) {
    const code = text.charCodeAt(i);
    // A low surrogate continues the character its high surrogate started.
    if (code < 0xdc00 || code > 0xdfff) column += 1;
  }
  return { line, column };
}

/**
 * Offset of the start of field `fieldIndex` of the record starting at `recordStart`. The fields
 * before it are well formed whenever a caller asks (csv-parse reports the field it failed on),
 * so this only needs to skip quoted values, not to diagnose them. If the record has fewer
 * fields, the end of the record is returned.
 */
export function fieldOffset(text: string, recordStart: number, fieldIndex: number): number {
  let pos = recordStart;
  for (let field = 0; field < fieldIndex; field += 1) {
    if (text.charCodeAt(pos) === QUOTE) {
      pos = quotedValueEnd(text, pos + 1);
    }
    while (pos < text.length) {
      const code = text.charCodeAt(pos);
      if (code === COMMA) break;
      if (code === LF) return recordEnd(text, pos);
      pos += 1;
    }
    if (pos >= text.length) return text.length;
    pos += 1;
  }
  return pos;
}

/** Offset just after the closing quote of a quoted value whose content starts at `pos`. */
function quotedValueEnd(text: string, pos: number): number {
  let at = pos;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return text.length;
    // Inside quotes, "" is an escaped quote, not the end.
    if (text.charCodeAt(quote + 1) === QUOTE) {
      at = quote + 2;
      continue;
    }
    return quote + 1;
  }
}

/** The end of a line's content: before a CRLF's CR. */
function recordEnd(text: string, newline: number): number {
  return newline > 0 && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
}

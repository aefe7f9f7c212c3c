import { CsvError, parse } from 'csv-parse/sync';
import { fieldOffset, positionAt } from './csv-position';
import { NOT_A_REPORT, reportError, showValue } from './report-error';

/** One CSV record with where it starts, so that any field can be located for a message. */
export interface CsvRecord {
  fields: string[];
  /** Offset of the record's first character in the text. */
  start: number;
  /** 1-based physical line of `start`. */
  line: number;
}

/**
 * Splits CSV text into records (LF or CRLF; a blank line is a record with one empty field).
 *
 * csv-parse reads every text that contains a quote. A text without a single `"` has no
 * quoted fields and no escapes, so every comma separates fields and every newline records:
 * splitting it is exact, not an approximation, and it is what almost every real report looks
 * like (user names with commas are rare). It keeps a 5 000-user report well under 100 ms,
 * where csv-parse alone takes about that long.
 */
export function readCsvRecords(text: string, source: string): CsvRecord[] {
  return text.includes('"') ? parseQuotedCsv(text, source) : splitUnquotedCsv(text);
}

function splitUnquotedCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    records.push({ fields: text.slice(start, contentEnd).split(','), start, line });
    if (newline === -1) break;
    start = newline + 1;
    line += 1;
  }
  return records;
}

function parseQuotedCsv(text: string, source: string): CsvRecord[] {
  const bytes = Buffer.from(text, 'utf8');
  // csv-parse counts bytes; positions in messages count characters.
  const ascii = bytes.length === text.length;
  const records: CsvRecord[] = [];
  let byteStart = 0;
  let charStart = 0;
  let line = 1;

  const advanceTo = (byteEnd: number): void => {
    const charEnd = ascii ? byteEnd : charStart + bytes.toString('utf8', byteStart, byteEnd).length;
    for (let i = text.indexOf('\n', charStart); i !== -1 && i < charEnd; i = text.indexOf('\n', i + 1)) {
      line += 1;
    }
    byteStart = byteEnd;
    charStart = charEnd;
  };

  try {
    parse(bytes, {
      // Explicit, so that a file mixing CRLF and LF lines is still read line by line
      // (auto-detection locks onto the first ending it sees).
      record_delimiter: ['\r\n', '\n'],
      // Ragged rows are reported by the report parser, which can name the columns.
      relax_column_count: true,
      on_record: (fields: string[], info) => {
        records.push({ fields, start: charStart, line });
        advanceTo(info.bytes);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw describeCsvError(error, text, source, charStart, records);
    throw error;
  }
  return records;
}

function describeCsvError(
  error: CsvError,
  text: string,
  source: string,
  recordStart: number,
  recordsSoFar: CsvRecord[],
): Error {
  const fieldIndex = typeof error.index === 'number' ? error.index : 0;
  const { line, column } = positionAt(text, fieldOffset(text, recordStart, fieldIndex));
  const position = { file: source, line, column };
  const header = recordsSoFar.find((record) => !isBlankRecord(record));
  const name = header?.fields[fieldIndex]?.trim();
  const where = name === undefined ? `field ${fieldIndex + 1}` : `column '${showValue(name)}'`;
  const quoting = 'Inside a quoted value, write a quote as two quotes ("").';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return reportError(
        position,
        `${where} opens a quote that is never closed (the file ends inside it). Close the quote. ${quoting}`,
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return reportError(position, `${where} has text after its closing quote. ${quoting}`);
    case 'INVALID_OPENING_QUOTE':
      return reportError(
        position,
        `${where} has a quote (") inside a value that is not quoted. Quote the whole value. ${quoting}`,
      );
    default:
      return reportError(position, `the CSV cannot be read: ${error.message}. ${NOT_A_REPORT}`);
  }
}

/** An empty or whitespace-only line: trailing ones are normal (emulators add them). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.length === 1 && (record.fields[0] ?? '').trim() === '';
}

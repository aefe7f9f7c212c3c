import { CsvError, parse } from 'csv-parse/sync';
import { fieldOffset, positionAt } from './csv-position';
import { NOT_A_REPORT, reportError } from './report-error';
import { ADDITIONAL_CREDENTIALS_COLUMN, REQUIRED_COLUMNS } from './report-columns';

/** One CSV record with where it starts, so that any field can be located for a message. */
export interface CsvRecord {
  fields: string[];
  /** Offset of the record's first character in the text. */
  start: number;
  /** 1-based physical line of `start`. */
  line: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits CSV text into records (LF or CRLF, mixed too; a blank line is a record with one empty
 * field).
 *
 * A line without a single `"` has no quoted field and no escape, so every comma in it separates
 * fields: splitting it is exact, not an approximation. That is almost every line of a real
 * report, and it keeps a 5 000-user report well under 100 ms, where csv-parse over the whole
 * text takes about that long on its own. A record that contains a quote (a user name with a
 * comma) is read by csv-parse, alone; a file quoted throughout is correct, only a few times
 * slower.
 */
export function readCsvRecords(text: string, source: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  forEachCsvRecord(text, source, (record) => records.push(record));
  return records;
}

/**
 * readCsvRecords one record at a time, in file order: the caller keeps what it makes of each
 * record, and the record itself (an array of ~30 strings) dies young instead of living until the
 * last line is split. A CSV error is thrown when its record is reached.
 */
export function forEachCsvRecord(text: string, source: string, visit: (record: CsvRecord) => void): void {
  // The first non-blank record, so that an error can name a column of the header.
  let header: CsvRecord | undefined;
  // Only ever moves forward, so finding quotes costs one pass over the text in all.
  let nextQuote = text.indexOf('"');
  let start = 0;
  let line = 1;
  while (start < text.length) {
    if (nextQuote !== -1 && nextQuote < start) nextQuote = text.indexOf('"', start);
    let newline = text.indexOf('\n', start);
    let lines = 1;
    let fields: string[];
    if (nextQuote === -1 || (newline !== -1 && nextQuote > newline)) {
      const end = newline === -1 ? text.length : newline;
      fields = text.slice(start, withoutCr(text, start, end)).split(',');
    } else {
      newline = quotedRecordEnd(text, start);
      const end = newline === -1 ? text.length : newline;
      fields = parseQuotedRecord(text, start, end, source, header);
      for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines += 1;
    }
    const record = { fields, start, line };
    if (header === undefined && !isBlankRecord(record)) header = record;
    visit(record);
    if (newline === -1) break;
    line += lines;
    start = newline + 1;
  }
}

/** The end of a line's content: before the CR of a CRLF. */
function withoutCr(text: string, start: number, end: number): number {
  return end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
}

/**
 * The newline that ends the record starting at `start` (-1: the end of the text): the first one
 * outside quotes. Every quote toggles "inside quotes", an escaped `""` twice, so this holds for
 * any well-formed record; for a malformed one it only decides how much text csv-parse sees
 * before it reports the error.
 */
function quotedRecordEnd(text: string, start: number): number {
  let inQuotes = false;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (code === LF && !inQuotes) return i;
  }
  return -1;
}

function parseQuotedRecord(
  text: string,
  start: number,
  end: number,
  source: string,
  header: CsvRecord | undefined,
): string[] {
  let parsed: string[][];
  try {
    parsed = parse(text.slice(start, withoutCr(text, start, end)), {
      record_delimiter: ['\r\n', '\n'],
      relax_column_count: true,
    });
  } catch (error) {
    if (error instanceof CsvError) throw describeCsvError(error, text, source, start, header);
    throw error;
  }
  const [fields] = parsed;
  // The text handed over ends at the first newline outside quotes: exactly one record.
  if (fields === undefined || parsed.length !== 1) {
    throw new Error(`csv-parse read ${parsed.length} records from one record at offset ${start}`);
  }
  return fields;
}

const KNOWN_COLUMNS: ReadonlySet<string> = new Set([...REQUIRED_COLUMNS, ADDITIONAL_CREDENTIALS_COLUMN]);

function describeCsvError(
  error: CsvError,
  text: string,
  source: string,
  recordStart: number,
  header: CsvRecord | undefined,
): Error {
  const fieldIndex = typeof error.index === 'number' ? error.index : 0;
  const { line, column } = positionAt(text, fieldOffset(text, recordStart, fieldIndex));
  const position = { file: source, line, column };
  // Only a column of the report format is named: any other header text is the file's content.
  const name = header?.fields[fieldIndex]?.trim().toLowerCase();
  const where = name !== undefined && KNOWN_COLUMNS.has(name) ? `column '${name}'` : `field ${fieldIndex + 1}`;
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
      // csv-parse's own sentences quote the text; its code says enough.
      return reportError(position, `the CSV cannot be read (${error.code}). ${NOT_A_REPORT}`);
  }
}

/** An empty or whitespace-only line: trailing ones are normal (emulators add them). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.length === 1 && (record.fields[0] ?? '').trim() === '';
}

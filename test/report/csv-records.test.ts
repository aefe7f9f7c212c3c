import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldOffset, positionAt } from '../../src/report/csv-position';
import { readCsvRecords, type CsvRecord } from '../../src/report/csv-records';
import { parseCredentialReport } from '../../src/report/parse-report';
import { stripBom } from '../../src/report/report-text';
import { fixturePath, readFixture } from './report-test-files';

const fieldsAndLines = (records: CsvRecord[]): [string[], number][] =>
  records.map((record) => [record.fields, record.line]);

/** The same CSV with every field quoted: read by csv-parse instead of the quote-free path. */
function quoteEveryField(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const cr = line.endsWith('\r') ? '\r' : '';
      const content = cr === '' ? line : line.slice(0, -1);
      return content === '' ? line : `${content.split(',').map((field) => `"${field}"`).join(',')}${cr}`;
    })
    .join('\n');
}

describe('readCsvRecords', () => {
  const quoteFree = readdirSync(fixturePath('.')).filter(
    (name) => name.endsWith('.csv') && !name.startsWith('broken-') && !readFixture(name).includes('"'),
  );

  it('has quote-free fixtures to compare', () => {
    expect(quoteFree.length).toBeGreaterThanOrEqual(5);
  });

  it.each(quoteFree)('reads %s the same with and without quotes', (name) => {
    const text = stripBom(readFixture(name));
    const quoted = quoteEveryField(text);
    expect(quoted).not.toBe(text);
    expect(fieldsAndLines(readCsvRecords(quoted, name))).toEqual(fieldsAndLines(readCsvRecords(text, name)));
    expect(parseCredentialReport(quoted, name)).toEqual(parseCredentialReport(text, name));
  });

  it.each([
    ['quote-free', 'a,b\r\n1,2\n3,4\r\n\n5,6'],
    ['quoted', 'a,b\r\n"1",2\n3,4\r\n\n5,6'],
  ])('reads lines ending in CRLF and LF mixed in one file (%s)', (_, text) => {
    expect(fieldsAndLines(readCsvRecords(text, 'mixed.csv'))).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 3],
      [[''], 4],
      [['5', '6'], 5],
    ]);
  });

  it('keeps newlines, commas and doubled quotes inside quoted values, and counts the lines', () => {
    const text = 'a,b\n"x\ny, ""z""",2\n"é",3\nlast,4';
    const records = readCsvRecords(text, 'q.csv');
    expect(fieldsAndLines(records)).toEqual([
      [['a', 'b'], 1],
      [['x\ny, "z"', '2'], 2],
      [['é', '3'], 4],
      [['last', '4'], 5],
    ]);
    expect(records.map((record) => text.slice(record.start, record.start + 2))).toEqual(['a,', '"x', '"é', 'la']);
  });

  it('reads a quote-free text up to a quoted last record', () => {
    expect(fieldsAndLines(readCsvRecords('a,b\r\n1,2\r\n"x,y",3', 'q.csv'))).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['x,y', '3'], 3],
    ]);
  });

  it('gives record offsets in characters when the text has multi-byte characters', () => {
    const text = '"ü,ö",x\nnext,"y"';
    const second = readCsvRecords(text, 'u.csv')[1];
    expect(second?.start).toBe(text.indexOf('next'));
  });
});

describe('positions', () => {
  it('gives 1-based line and column of an offset, counting characters', () => {
    const text = 'ab\ncd\r\n😀x,y';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt(text, text.indexOf('x'))).toEqual({ line: 3, column: 2 });
    expect(positionAt(text, text.indexOf('y'))).toEqual({ line: 3, column: 4 });
  });

  it('finds the start of a field after quoted values holding commas, quotes and newlines', () => {
    const text = 'skip\n"a,""b""\nc",plain,"",last\nnext';
    const start = text.indexOf('"a');
    expect(fieldOffset(text, start, 0)).toBe(start);
    expect(text.slice(fieldOffset(text, start, 1))).toMatch(/^plain,/);
    expect(text.slice(fieldOffset(text, start, 2))).toMatch(/^"",last/);
    expect(text.slice(fieldOffset(text, start, 3))).toMatch(/^last\n/);
    // Past the last field: the end of the record.
    expect(fieldOffset(text, start, 9)).toBe(text.indexOf('\nnext'));
  });
});

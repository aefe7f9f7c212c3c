import { describe, expect, it } from 'vitest';
import { code, escapeHtml, escapeText, link, table, tableRow, trustedMarkdown } from '../../src/output/markdown';

/** Splits a GFM table row the way GitHub does: on pipes that are not backslash-escaped. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let index = 0; index < row.length; index += 1) {
    const char = row[index];
    if (char === '\\') {
      current += char + (row[index + 1] ?? '');
      index += 1;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  cells.push(current);
  return cells.slice(1, -1).map((cell) => cell.trim());
}

describe('escapeText', () => {
  it('turns HTML into entities, so <root_account> shows instead of vanishing as a tag', () => {
    expect(escapeText('<root_account>')).toBe('&lt;root\\_account&gt;');
    expect(escapeText('a & b')).toBe('a &amp; b');
  });

  it('escapes Markdown punctuation and the table separator', () => {
    expect(escapeText('a|b')).toBe('a\\|b');
    expect(escapeText('*bold* _em_ `code` [link](x) ~strike~ $math$ back\\slash')).toBe(
      '\\*bold\\* \\_em\\_ &#96;code&#96; \\[link\\](x) \\~strike\\~ \\$math\\$ back\\\\slash',
    );
  });

  it('keeps a value on one line', () => {
    expect(escapeText('one\ntwo\r\nthree\rfour\tfive')).toBe('one two three four five');
  });

  it('breaks @mentions with an invisible word joiner', () => {
    expect(escapeText('@security-team')).toBe('@\u2060security-team');
  });

  it('never splits a table cell', () => {
    const row = tableRow([escapeText('a|b'), escapeText('c\\|d'), escapeText('e\n|f')]);
    expect(cellsOf(row)).toHaveLength(3);
  });
});

describe('code', () => {
  it('wraps identifiers in a code span', () => {
    expect(code('carol')).toBe('`carol`');
    expect(code('<root_account>')).toBe('`<root_account>`');
  });

  it('escapes pipes in a table, not outside one', () => {
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('a|b', false)).toBe('`a|b`');
    expect(cellsOf(tableRow([code('a|b'), code('x')]))).toEqual(['`a\\|b`', '`x`']);
  });

  it('uses a longer fence than any backtick run inside, padded at the edges', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code(' spaced ')).toBe('`  spaced  `');
  });

  it('falls back to escaped text when a backslash could swallow a pipe', () => {
    expect(code('a\\|b')).toBe('a\\\\\\|b');
  });

  it('shows an empty value as a dash', () => {
    expect(code('')).toBe('—');
  });
});

describe('link', () => {
  it('links http(s) only and escapes the label', () => {
    expect(link('CIS 1.4', 'https://example.com/a b(c)')).toBe('[CIS 1.4](https://example.com/a%20b%28c%29)');
    expect(link('x', 'javascript:alert(1)')).toBe('x');
    expect(link('[x]', undefined)).toBe('\\[x\\]');
  });
});

describe('trustedMarkdown', () => {
  it('keeps code spans and escapes HTML outside them', () => {
    expect(trustedMarkdown('Run `aws iam delete-user --user-name <name>` for <name> & co')).toBe(
      'Run `aws iam delete-user --user-name <name>` for &lt;name&gt; &amp; co',
    );
  });
});

describe('escapeHtml and table', () => {
  it('escapes HTML text', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });

  it('builds a table with alignment', () => {
    expect(table(['A', 'B'], [['1', '2']], ['left', 'right'])).toBe('| A | B |\n| --- | ---: |\n| 1 | 2 |');
  });
});

/**
 * escapeText and code return most values unchanged without running every replacement: these pin
 * down, over every UTF-16 code unit, exactly which characters must still be treated.
 */
describe('the unchanged path of escapeText and code', () => {
  const controls = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, at) => String.fromCharCode(from + at));
  const invisible = new Set([
    ...controls(0x00, 0x1f),
    ...controls(0x7f, 0x9f),
    '\u200e',
    '\u200f',
    '\u2028',
    '\u2029',
    ...controls(0x202a, 0x202e),
    ...controls(0x2066, 0x2069),
  ]);

  it('escapes every character it must, alone between letters and digits, and leaves every other one', () => {
    const special = new Set([...invisible, ...'\\*_[]~|$&<>`@#']);
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const char = String.fromCharCode(unit);
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const value = `a${char}1`;
      if (special.has(char)) expect(escapeText(value), `U+${unit.toString(16)}`).not.toBe(value);
      else expect(escapeText(value), `U+${unit.toString(16)}`).toBe(value);
    }
  });

  it('still neutralises references and links made of plain characters', () => {
    for (const value of ['GH-12', 'see gh-3', 'www.example.com', 'https://example.com', 'a://b']) {
      expect(escapeText(value)).not.toBe(value);
      expect(escapeText(value).replace(/\u2060/g, '')).toBe(value);
    }
    expect(escapeText('GH-x and wwwx and :/ alone')).toBe('GH-x and wwwx and :/ alone');
  });

  it('makes a plain identifier its own code span, and treats every other one', () => {
    const special = new Set([...invisible, '`', '|', '\\']);
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const char = String.fromCharCode(unit);
      const value = `a${char}b`;
      if (special.has(char)) expect(code(value), `U+${unit.toString(16)}`).not.toBe(`\`${value}\``);
      else expect(code(value), `U+${unit.toString(16)}`).toBe(`\`${value}\``);
    }
    expect(code(' a ')).toBe('`  a  `');
    expect(code('a', false)).toBe('`a`');
    expect(code('')).toBe('—');
  });

  it('finds the longest backtick run of a name with a million runs without running out of stack', () => {
    const name = '`a'.repeat(1_000_000) + '``';
    const span = code(name, false);
    expect(span.startsWith('``` ')).toBe(true);
    expect(span.endsWith(' ```')).toBe(true);
  });
});

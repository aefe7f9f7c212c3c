import { showInvisible } from './visible-text';

/**
 * Building blocks for GitHub-flavoured Markdown that carries values from the report and the
 * policy. Such a value is data, never markup: a user named `<root_account>`, `a|b` or `*x*`
 * must show as written, and must not break a table, open an HTML tag or ping someone.
 */

/**
 * Line breaks would end a table row or a list item; other controls and bidi overrides are shown
 * as marks (a NUL as ␀, U+202E as `<U+202E>`), so nothing reorders or cuts the line.
 */
function oneLine(value: string): string {
  return showInvisible(value.replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' '));
}

/** The word joiner: invisible, and it stops GitHub from reading what it splits as a reference. */
const JOINER = '\u2060';

/**
 * GitHub turns `#123`, `org/repo#7` and `GH-7` into issue links, and `https://…` and `www.…` into
 * links, in text (not in code spans). A word joiner inside each keeps the text as written.
 */
function neutralizeReferences(text: string): string {
  return text
    .replace(/#(?=\d)/g, `#${JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${JOINER}-`)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/\b(www)\./gi, `$1${JOINER}.`);
}

/**
 * Text that every step of escapeText leaves as it is: no Markdown punctuation, HTML, `@`, `#`,
 * line break, control or bidi character (letters of any script are fine). MAY_LINK catches the
 * rest of what neutralizeReferences changes (`GH-7`, `www.`, `://`).
 */
// eslint-disable-next-line no-control-regex -- controls are what this must exclude
const PLAIN_TEXT = /^[^\\*_[\]~|$&<>`@#\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/;
const MAY_LINK = /gh-\d|www\.|:\/\//i;

/**
 * Free text (a message, a reason, an owner) safe anywhere inline, including table cells: Markdown
 * punctuation is backslash-escaped, HTML is turned into entities, and an `@` gets an invisible
 * word joiner so a name like `@security-team` does not notify a team from a PR comment; issue
 * references and bare URLs are kept from linking the same way. A backtick becomes an entity, not
 * `\``: it shows as a backtick in every context text is parsed in, and can never pair with
 * another to open a code span.
 */
export function escapeText(value: string): string {
  // Most values (user names, our messages) hold none of the characters below: returned as they are.
  if (PLAIN_TEXT.test(value) && !MAY_LINK.test(value)) return value;
  // References first: the entities added below hold a `#` of their own.
  return neutralizeReferences(oneLine(value))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`/g, '&#96;')
    .replace(/[\\*_[\]~|$]/g, '\\$&')
    .replace(/@/g, `@${JOINER}`);
}

/**
 * One of our messages, which may carry untrusted values: our messages mark code as `…`, and each
 * such pair shows as a code span (inert inside), the rest as escaped text. So "raise
 * `max-wait-seconds`" reads as code, not with literal backticks.
 */
export function escapeMessage(value: string): string {
  return oneLine(value)
    .split(/(`[^`]+`)/)
    .map((part, index) => (index % 2 === 1 ? code(part.slice(1, -1), false) : escapeText(part)))
    .join('');
}

/**
 * An identifier (user, ARN, account, rule id) as inline code: nothing inside is interpreted, so
 * no mention, link or HTML can come out of it. `inTable` escapes pipes, which GFM splits cells on
 * even inside code.
 */
// eslint-disable-next-line no-control-regex -- controls are what this must exclude
const PLAIN_CODE = /^[^\s`|\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069](?:[^`|\\\t\n\r\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]*[^\s`|\\\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069])?$/;

export function code(value: string, inTable = true): string {
  // An identifier without a backtick, pipe, backslash, space at an edge or invisible character
  // (almost every user name and rule id) is its own code span.
  if (PLAIN_CODE.test(value)) return `\`${value}\``;
  const text = oneLine(value);
  if (text === '') return '—';
  // In a table, a backslash before a pipe cannot be kept literal inside code: fall back to text.
  if (inTable && text.includes('\\')) return escapeText(text);
  // A loop, not Math.max(...runs): a hostile name can hold millions of runs.
  let longestRun = 0;
  for (const run of text.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space from each side when both are there; a backtick at an edge needs one.
  const edgeBacktick = text.startsWith('`') || text.endsWith('`');
  const pad = edgeBacktick || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  const inner = inTable ? text.replace(/\|/g, '\\|') : text;
  return `${fence}${pad}${inner}${pad}${fence}`;
}

/** HTML text (inside `<summary>` and other tags, where Markdown is not parsed). */
export function escapeHtml(value: string): string {
  return oneLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Our own Markdown (rule descriptions, remediation): code spans are kept, but `<`, `>` and `&`
 * outside them are escaped, so a placeholder like `<name>` in prose cannot vanish as an HTML tag.
 */
export function trustedMarkdown(value: string): string {
  return value
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** A link whose target is only ever http(s); anything else is shown as text. */
export function link(label: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\//i.test(url)) return escapeText(label);
  // encodeURIComponent leaves parentheses alone, and one would end the link.
  const target = url.replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeText(label)}](${target})`;
}

/** One table row from cells that are already escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export type Align = 'left' | 'right' | 'center';

/** Header and delimiter rows. */
export function tableHead(headers: readonly string[], align: readonly Align[] = []): string {
  const delimiter = headers.map((_, index) => {
    const side = align[index] ?? 'left';
    return side === 'right' ? '---:' : side === 'center' ? ':---:' : '---';
  });
  return `${tableRow(headers)}\n${tableRow(delimiter)}`;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  return [tableHead(headers, align), ...rows.map(tableRow)].join('\n');
}

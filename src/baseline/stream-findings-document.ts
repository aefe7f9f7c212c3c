import type { Finding, FindingsDocument } from '../evaluate/types';
import {
  checkDocumentHead,
  invalidFindingsDocument,
  parseFinding,
  parseFindingsJson,
  validateFindingsDocument,
  type FindingsDocumentUse,
  type InvalidFindingsDocument,
} from '../merge/read-findings-document';

/** A findings document without its `findings`, which went to the sink one by one. */
export type FindingsDocumentHead = Omit<FindingsDocument, 'findings'>;

/** Where the findings of a streamed document go, in their order. */
export interface FindingsSink {
  /** One valid finding of `findings`, as the schema returns it (a fresh object the sink may keep). */
  finding(finding: Finding): void;
  /** The document is read again from its start (it was not in the writer's layout): forget every finding so far. */
  restart(): void;
}

export interface StreamFindingsOptions {
  /** The file as given, for messages. */
  file: string;
  use: FindingsDocumentUse;
  /** Keep `baseline.fixed` (the earlier run's own fixed findings); when false it is left empty. */
  keepFixed: boolean;
}

/** The arrays of findings the writer puts one per line, by their place in the document. */
type ListName = 'findings' | 'fixed' | 'hidden' | 'added';

/**
 * Reads a findings document without holding it whole: the writer (`serializeFindingsDocument`)
 * puts every finding of `findings`, `baseline.fixed` and `policyChange.hidden`/`added` on a line of
 * its own, so each such line is parsed and checked alone, and the rest (the head: counts, rules,
 * reports) is parsed at the end with the lists left empty. The findings go to `sink` as they come;
 * `policyChange` is only checked to be JSON (the document reader drops it).
 *
 * The result and every message are those of `readFindingsDocument`: a problem with a finding is
 * reported after the head's (schemaVersion first), the first finding's first. A document in any
 * other layout (pretty-printed by hand, minified), or one that is not JSON, is read again whole and
 * parsed at once, so it gets exactly the old behaviour; `sink.restart()` is called first.
 *
 * `open` gives the file's bytes in chunks, from the start, each time it is called.
 */
export async function streamFindingsDocument(
  open: () => AsyncIterable<Buffer>,
  options: StreamFindingsOptions,
  sink: FindingsSink,
): Promise<FindingsDocumentHead> {
  const reader = new LineLayoutReader(options, sink);
  const inLayout = await readLines(open(), (line) => reader.line(line));
  const head = inLayout ? reader.finish() : null;
  if (head !== null) return head;
  sink.restart();
  return readWhole(open, options, sink);
}

/**
 * Splits the chunks into lines (UTF-8 never has a 0x0A byte inside a character, so each line is
 * decoded on its own) and hands them over until `line` returns false. False if it stopped early.
 */
async function readLines(chunks: AsyncIterable<Buffer>, line: (text: string) => boolean): Promise<boolean> {
  // The start of a line that the previous chunks did not end.
  let carry: Buffer[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
      const text = carry.length === 0 ? chunk.toString('utf8', start, end) : Buffer.concat([...carry, chunk.subarray(start, end)]).toString('utf8');
      carry = [];
      start = end + 1;
      if (!line(text)) return false;
    }
    if (start < chunk.length) carry.push(chunk.subarray(start));
  }
  // The last line, after the last newline (empty when the file ends with one).
  return line(Buffer.concat(carry).toString('utf8'));
}

/** The old way, for a document in another layout: the whole text, JSON.parse, then the checks. */
async function readWhole(open: () => AsyncIterable<Buffer>, options: StreamFindingsOptions, sink: FindingsSink): Promise<FindingsDocumentHead> {
  const chunks: Buffer[] = [];
  for await (const chunk of open()) chunks.push(chunk);
  const document = validateFindingsDocument(parseFindingsJson(Buffer.concat(chunks).toString('utf8'), options.file, options.use), options.file, options.use);
  const { findings, ...head } = document;
  for (const finding of findings) sink.finding(finding);
  if (!options.keepFixed && head.baseline !== null) head.baseline = { ...head.baseline, fixed: [] };
  return head;
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;

function isJsonSpace(code: number): boolean {
  return code === SPACE || code === TAB || code === CR;
}

/**
 * The line-by-line reader. `line` returns false as soon as the document leaves the writer's layout
 * (or is not JSON there): the caller then reads it whole, which gives the right message if any.
 */
class LineLayoutReader {
  private readonly head: string[] = [];
  private readonly scanner = new HeadScanner();
  /** The list whose lines are being read, or null in the head. */
  private list: ListName | null = null;
  /** The list's last element ended with a comma: another must follow. */
  private comma = false;
  private readonly counts: Record<ListName, number> = { findings: 0, fixed: 0, hidden: 0, added: 0 };
  private readonly streamed = new Set<ListName>();
  /** The first invalid finding of each checked list: thrown after the head is checked. */
  private readonly problems: { findings: Error | null; fixed: Error | null } = { findings: null, fixed: null };
  private readonly fixed: Finding[] = [];
  private readonly invalid: InvalidFindingsDocument;

  constructor(
    private readonly options: StreamFindingsOptions,
    private readonly sink: FindingsSink,
  ) {
    this.invalid = invalidFindingsDocument(options.file, options.use);
  }

  line(text: string): boolean {
    if (this.list !== null) return this.element(this.list, text);
    this.head.push(text);
    const opened = this.scanner.scan(text);
    if (this.scanner.confused) return false;
    if (opened !== null) {
      // A list seen twice would be a duplicate key, which the scanner refuses; kept as a guard.
      if (this.streamed.has(opened)) return false;
      this.streamed.add(opened);
      this.list = opened;
      this.comma = false;
    }
    return true;
  }

  private element(list: ListName, text: string): boolean {
    let start = 0;
    let end = text.length;
    while (start < end && isJsonSpace(text.charCodeAt(start))) start += 1;
    while (end > start && isJsonSpace(text.charCodeAt(end - 1))) end -= 1;
    if (start === end) return true;
    if (text.charCodeAt(start) === CLOSE_BRACKET) {
      // The list's end: a comma before it would not be JSON.
      if (this.comma) return false;
      this.list = null;
      return this.line(text);
    }
    // An element must follow a comma, unless it is the first.
    if (this.counts[list] > 0 && !this.comma) return false;
    this.comma = text.charCodeAt(end - 1) === COMMA;
    let value: unknown;
    try {
      value = JSON.parse(this.comma ? text.slice(start, end - 1) : text);
    } catch {
      return false;
    }
    const index = this.counts[list];
    this.counts[list] = index + 1;
    if (list === 'findings') {
      const finding = this.check(list, value, ['findings', index]);
      if (finding !== null) this.sink.finding(finding);
    } else if (list === 'fixed') {
      const finding = this.check(list, value, ['baseline', 'fixed', index]);
      if (finding !== null && this.options.keepFixed) this.fixed.push(finding);
    }
    return true;
  }

  /** The finding, or null when it (or an earlier one of its list) is not valid. */
  private check(list: 'findings' | 'fixed', value: unknown, at: readonly PropertyKey[]): Finding | null {
    if (this.problems[list] !== null) return null;
    try {
      return parseFinding(value, at, this.invalid);
    } catch (error) {
      this.problems[list] = error as Error;
      return null;
    }
  }

  /** The head, checked, and the problems of the findings in the old order; null: read it whole. */
  finish(): FindingsDocumentHead | null {
    if (this.list !== null || this.scanner.open) return null;
    let data: unknown;
    try {
      data = JSON.parse(this.head.join('\n'));
    } catch {
      return null;
    }
    const { document, invalid } = checkDocumentHead(data, this.options.file, this.options.use);
    const { findings, baseline, ...rest } = document;
    // What was streamed is left empty in the head, always; anything else is a bug here, not the file's.
    if ((this.streamed.has('findings') && findings.length > 0) || (this.streamed.has('fixed') && (baseline?.fixed.length ?? 0) > 0)) {
      return null;
    }
    if (this.streamed.has('findings')) {
      if (this.problems.findings !== null) throw this.problems.findings;
    } else {
      findings.forEach((finding, index) => this.sink.finding(parseFinding(finding, ['findings', index], invalid)));
    }
    if (baseline === null) return { ...rest, baseline: null };
    let fixed: Finding[];
    if (this.streamed.has('fixed')) {
      if (this.problems.fixed !== null) throw this.problems.fixed;
      fixed = this.fixed;
    } else {
      fixed = baseline.fixed.map((finding, index) => parseFinding(finding, ['baseline', 'fixed', index], invalid));
      if (!this.options.keepFixed) fixed = [];
    }
    return { ...rest, baseline: { ...baseline, fixed } };
  }
}

interface Frame {
  array: boolean;
  /** In an object: the last key read; false `expectKey` means its value comes next. */
  key: string | null;
  expectKey: boolean;
  /** The keys seen, kept for the two top levels only (where the lists are). */
  keys: Set<string> | null;
}

const LIST_PARENTS: ReadonlySet<string> = new Set(['baseline', 'policyChange']);

/**
 * Follows the structure of the head's lines just enough to know where a line's final `[` opens
 * an array: the nesting, the keys of the two top levels, and strings (so a bracket in a user name
 * counts for nothing). Any doubt is `confused`; whatever it passes, JSON.parse checks in the end.
 */
class HeadScanner {
  confused = false;
  private readonly stack: Frame[] = [];

  /** Still inside the top-level value. */
  get open(): boolean {
    return this.stack.length > 0;
  }

  /** The list whose `[` ends `line` (only spaces after it), or null. */
  scan(line: string): ListName | null {
    let opened: ListName | null = null;
    for (let i = 0; i < line.length; i += 1) {
      const char = line.charCodeAt(i);
      if (isJsonSpace(char)) continue;
      opened = null;
      switch (char) {
        case 0x22: {
          // '"': strings never span lines (JSON escapes newlines).
          const end = stringEnd(line, i + 1);
          if (end === -1) return this.confuse();
          this.string(line.slice(i + 1, end));
          if (this.confused) return null;
          i = end;
          break;
        }
        case 0x7b: // '{'
          this.stack.push({ array: false, key: null, expectKey: true, keys: this.stack.length < 2 ? new Set() : null });
          break;
        case 0x5b: // '['
          opened = this.listAt();
          this.stack.push({ array: true, key: null, expectKey: false, keys: null });
          break;
        case 0x7d: // '}'
        case CLOSE_BRACKET:
          if (this.stack.pop()?.array !== (char === CLOSE_BRACKET)) return this.confuse();
          break;
        case 0x3a: {
          // ':'
          const top = this.stack.at(-1);
          if (top !== undefined && !top.array) top.expectKey = false;
          break;
        }
        case COMMA: {
          const top = this.stack.at(-1);
          if (top !== undefined && !top.array) top.expectKey = true;
          break;
        }
        default:
          // Numbers, true, false, null: nothing to follow.
          break;
      }
    }
    return opened;
  }

  private confuse(): null {
    this.confused = true;
    return null;
  }

  private string(raw: string): void {
    const top = this.stack.at(-1);
    if (top === undefined || top.array || !top.expectKey) return;
    let key = raw;
    if (raw.includes('\\')) {
      // An escaped key is the same key to JSON.parse ("fin\u0064ings" is findings).
      try {
        key = JSON.parse(`"${raw}"`) as string;
      } catch {
        this.confused = true;
        return;
      }
    }
    // A duplicate key's last value wins in JSON.parse: a list read as streamed could be replaced.
    if (top.keys !== null) {
      if (top.keys.has(key)) this.confused = true;
      top.keys.add(key);
    }
    top.key = key;
  }

  /** The list an array opened here would be, by the keys that lead to it. */
  private listAt(): ListName | null {
    const [root, parent, more] = this.stack;
    if (root === undefined || root.array || root.expectKey || more !== undefined) return null;
    if (parent === undefined) return root.key === 'findings' ? 'findings' : null;
    if (parent.array || parent.expectKey || root.key === null || !LIST_PARENTS.has(root.key)) return null;
    if (root.key === 'baseline') return parent.key === 'fixed' ? 'fixed' : null;
    return parent.key === 'hidden' || parent.key === 'added' ? parent.key : null;
  }
}

/** The index of the quote that ends the string starting at `from`, or -1 if the line ends first. */
function stringEnd(line: string, from: number): number {
  for (let at = line.indexOf('"', from); at !== -1; at = line.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (line.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

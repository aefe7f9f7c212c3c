import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { quoteText } from '../files/quote-text';
import { formatPosition, UserError } from '../user-error';
import type { SourcePosition } from '../user-error';

/** A parsed YAML file that still knows where every node came from. */
export interface YamlSource {
  /** The name used in messages: the path as the user gave it, or `builtin:NAME`. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export type PathSegment = string | number;

/**
 * Parses one YAML document (YAML 1.2 core schema, so `on`, `yes` and `2027-01-31` stay strings).
 * Syntax errors, duplicate keys and unresolved tags all become one UserError listing each with
 * its `file:line:col`.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    // YAML 1.1 tags (`!!set`, `!!binary`, …) would smuggle in values the policy cannot mean.
    resolveKnownTags: false,
    stringKeys: true,
    strict: true,
  });
  const source: YamlSource = { file, text, doc, lineCounter };
  // Only a file that is a mapping at its top level can be a policy, and only such a file may be
  // quoted in a message: anything else (`.git/config`, a key file) is described by position alone.
  const quotable = isMap(doc.contents);
  const problems = [...doc.errors, ...doc.warnings].map((error) =>
    quotable ? describeYamlError(source, error) : describeUnquotable(source, error),
  );
  if (problems.length > 0) throw new UserError(problems.join('\n'), positionAtOffset(source, firstOffset(doc)));
  return source;
}

function firstOffset(doc: Document.Parsed): number {
  return [...doc.errors, ...doc.warnings][0]?.pos[0] ?? 0;
}

function describeYamlError(source: YamlSource, error: YAMLError): string {
  const where = formatPosition(positionAtOffset(source, error.pos[0]));
  if (error.code === 'DUPLICATE_KEY') {
    // The error spans only the key's first character; read the whole key from there.
    const key = KEY_AT.exec(source.text.slice(error.pos[0], error.pos[0] + 1000))?.[0] ?? '';
    return `${where}: duplicate key '${quoteText(key)}' — a key may appear only once in a mapping; merge the two entries`;
  }
  if (error.code === 'NON_STRING_KEY') {
    return `${where}: a key must be plain text, not a list or mapping — write the key as text`;
  }
  if (error.code === 'TAG_RESOLVE_FAILED') {
    return `${where}: ${libraryMessage(error)} — policies use plain YAML values; remove the tag`;
  }
  return `${where}: YAML syntax error: ${libraryMessage(error)} — fix the YAML syntax`;
}

/** The YAML library's sentence; some quote the source (`Invalid escape sequence \q`), so it is escaped and cut. */
function libraryMessage(error: YAMLError): string {
  return quoteText(trimPeriod(error.message), 120);
}

/** A file that is not a mapping: where and what kind of error, never the library's sentence (it may quote the file). */
function describeUnquotable(source: YamlSource, error: YAMLError): string {
  const where = formatPosition(positionAtOffset(source, error.pos[0]));
  return (
    `${where}: this is not YAML a policy can be (${error.code}) — a policy is a YAML mapping of keys ` +
    '(version, rules, …): check that this is the policy file you meant, then fix its YAML syntax'
  );
}

/** A quoted key, or a plain one up to the `:` that ends it. */
const KEY_AT = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\n]*?(?=:(?:\s|$)|[,}\]]|$))/m;

function trimPeriod(message: string): string {
  return message.replace(/\.$/, '');
}

export function positionAtOffset(source: YamlSource, offset: number): SourcePosition {
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.file, line: Math.max(line, 1), column: Math.max(col, 1) };
}

export function positionOfNode(source: YamlSource, node: Node | null | undefined): SourcePosition {
  const range = node?.range;
  return range ? positionAtOffset(source, range[0]) : { file: source.file, line: 1, column: 1 };
}

/** The nodes a path leads to: the value, and the key it stands under (for mapping entries). */
export interface Located {
  /** The deepest node the path reached (the value itself when the whole path exists). */
  node: Node | null;
  /** The key of the last mapping entry the path went through, when that entry exists. */
  key: Node | null;
  /** Whether every segment of the path exists in the document. */
  complete: boolean;
}

export function locate(source: YamlSource, path: readonly PathSegment[]): Located {
  let node: Node | null = resolveAlias(source, source.doc.contents);
  let key: Node | null = null;
  for (const segment of path) {
    const next = child(source, node, segment);
    if (next === undefined) return { node, key, complete: false };
    node = next.value;
    key = next.key;
  }
  return { node, key, complete: true };
}

function child(
  source: YamlSource,
  node: Node | null,
  segment: PathSegment,
): { value: Node | null; key: Node | null } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    if (pair === undefined) return undefined;
    return { value: resolveAlias(source, pair.value as Node | null), key: pair.key as Node };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | null | undefined;
    if (item === undefined) return undefined;
    return { value: resolveAlias(source, item), key: null };
  }
  return undefined;
}

function resolveAlias(source: YamlSource, node: Node | null): Node | null {
  if (isAlias(node)) return (node.resolve(source.doc) as Node | undefined) ?? node;
  return node;
}

/**
 * Where a message about `path` should point: at the key for `which: 'key'` (unknown keys) and
 * at the value otherwise, falling back to the key when the value is empty (`max_days:` with
 * nothing after it) and to the nearest existing parent when the path does not exist (a missing
 * key).
 */
export function positionOfPath(
  source: YamlSource,
  path: readonly PathSegment[],
  which: 'key' | 'value' = 'value',
): SourcePosition {
  const { node, key, complete } = locate(source, path);
  if (!complete) return positionOfNode(source, node);
  if (which === 'key' && key !== null) return positionOfNode(source, key);
  if (isEmptyScalar(node) && key !== null) return positionOfNode(source, key);
  return positionOfNode(source, node ?? key);
}

function isEmptyScalar(node: Node | null): boolean {
  if (node === null) return true;
  return isScalar(node) && node.value === null && (!node.range || node.range[0] === node.range[1]);
}

/** The source text of the node at `path` (as written, e.g. `012345678901` before YAML made it a number). */
export function sourceTextAt(source: YamlSource, path: readonly PathSegment[]): string | undefined {
  const { node, complete } = locate(source, path);
  if (!complete || !node?.range) return undefined;
  return source.text.slice(node.range[0], node.range[1]);
}

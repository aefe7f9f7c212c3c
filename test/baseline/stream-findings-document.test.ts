import { describe, expect, it } from 'vitest';
import { streamFindingsDocument, type FindingsSink } from '../../src/baseline/stream-findings-document';
import type { Finding, FindingsDocument } from '../../src/evaluate/types';
import { readFindingsDocument } from '../../src/merge/read-findings-document';
import type { PolicyChange } from '../../src/policy-review/types';
import { serializeFindingsDocument } from '../../src/run/write-files';
import { ACCOUNT, buildOutcome } from '../support/outcome-builder';

const FILE = 'base.json';
const SECRET = 'ghp_SECRETfromTHEbaseline';

/** A finding with its keys in the document's order, as the gate writes it. */
const key = (user: string, overrides: Partial<Finding> = {}): Finding => ({
  rule: 'access-key-max-age',
  severity: 'error',
  status: 'violation',
  account: ACCOUNT,
  user,
  arn: `arn:aws:iam::${ACCOUNT}:user/${user}`,
  credential: 'access_key_1',
  credentialCreated: '2026-07-01T09:00:00.000Z',
  ageDays: 142,
  limit: 90,
  message: `Access key 1 of ${user} is 142 days old (limit 90 days).`,
  exempted: false,
  exemption: null,
  baseline: 'unchanged',
  ...overrides,
});

const expired: Finding = {
  ...key('x'),
  rule: 'exemption-expired',
  severity: 'warning',
  user: null,
  arn: null,
  credential: null,
  credentialCreated: null,
  ageDays: null,
  limit: null,
  message: 'Exemption 1 expired [x]',
  baseline: null,
};

const POLICY_CHANGE: PolicyChange = {
  comparePolicy: 'builtin:recommended',
  weakened: true,
  policyWeakening: 'warn',
  reasons: ['1 finding hidden'],
  hidden: [key('hidden-1'), key('hidden-2')],
  added: [key('added-1')],
  rules: [],
  exemptions: { added: [], removed: [], changed: [] },
};

/** Users whose names hold what a line scanner could trip on: brackets, quotes, backslashes, multi-byte characters. */
const USERS = ['alice', 'bob [ops]', 'carol"quoted"', 'dave\\', 'jürgen', 'emoji😀', 'x {', 'y ],', ...Array.from({ length: 12 }, (_, i) => `user-${i}`)];

function document(overrides: Partial<FindingsDocument> = {}): FindingsDocument {
  const findings = [...USERS.map((user) => key(user)), expired];
  const base = buildOutcome({ findings, evaluatedAt: '2026-11-19T02:00:00.000Z', policyChange: POLICY_CHANGE }).document;
  return {
    ...base,
    baseline: { file: 'older.json', evaluatedAt: '2026-11-18T02:00:00.000Z', newOnly: false, new: 1, unchanged: 2, fixed: [key('gone-1'), key('gone-2')] },
    ...overrides,
  };
}

/** The document as the gate writes it (`json-file`): one finding per line. */
const written = (doc: FindingsDocument = document()): string => [...serializeFindingsDocument(doc)].join('');

interface Streamed {
  document: FindingsDocument;
  /** How often the file was opened: 2 when it was read again whole. */
  opens: number;
  restarts: number;
}

async function stream(text: string, options: { chunk?: number; keepFixed?: boolean } = {}): Promise<Streamed> {
  const bytes = Buffer.from(text, 'utf8');
  const size = options.chunk ?? 1024 * 1024;
  let opens = 0;
  let restarts = 0;
  let findings: Finding[] = [];
  async function* chunks(): AsyncGenerator<Buffer> {
    opens += 1;
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  const sink: FindingsSink = {
    finding: (item) => findings.push(item),
    restart: () => {
      restarts += 1;
      findings = [];
    },
  };
  const head = await streamFindingsDocument(chunks, { file: FILE, use: 'baseline', keepFixed: options.keepFixed ?? true }, sink);
  const { baseline, policyChange, errors, ...rest } = head;
  return { document: { ...rest, findings, baseline, policyChange, errors }, opens, restarts };
}

/** What the whole-file reader makes of the same text. */
const whole = (text: string): FindingsDocument => readFindingsDocument(text, FILE, 'baseline');

async function streamError(text: string, options: { chunk?: number } = {}): Promise<string> {
  const error: unknown = await stream(text, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof Error)) throw new Error('expected the document to be refused');
  return error.message;
}

function wholeError(text: string): string {
  try {
    whole(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the whole-file reader to refuse the document');
}

/** The same result, field by field and in the same key order (the fixed findings are written as read). */
function expectSame(streamed: FindingsDocument, text: string): void {
  const expected = whole(text);
  expect(streamed).toStrictEqual(expected);
  expect(JSON.stringify(streamed.findings)).toBe(JSON.stringify(expected.findings));
  expect(JSON.stringify(streamed.baseline)).toBe(JSON.stringify(expected.baseline));
}

describe('streamFindingsDocument: the writer’s line layout', () => {
  it('reads the document line by line, once, to the same result as the whole-file reader', async () => {
    const text = written();
    const result = await stream(text);
    expectSame(result.document, text);
    expect(result).toMatchObject({ opens: 1, restarts: 0 });
    expect(result.document.findings).toHaveLength(USERS.length + 1);
    expect(result.document.baseline?.fixed.map((item) => item.user)).toEqual(['gone-1', 'gone-2']);
  });

  it.each([1, 2, 3, 7, 64, 333])('gives the same result in chunks of %i bytes (lines and characters split between chunks)', async (chunk) => {
    const text = written();
    const result = await stream(text, { chunk });
    expectSame(result.document, text);
    expect(result.opens).toBe(1);
    expect(result.document.findings.map((item) => item.user)).toContain('emoji😀');
  });

  it('reads CRLF line ends the same way', async () => {
    const text = written().replace(/\n/g, '\r\n');
    const result = await stream(text, { chunk: 50 });
    expectSame(result.document, text);
    expect(result.opens).toBe(1);
  });

  it('reads empty lists and a document without baseline or policyChange', async () => {
    const text = written(document({ findings: [], baseline: null, policyChange: null }));
    const result = await stream(text);
    expectSame(result.document, text);
    expect(result.document.findings).toEqual([]);
  });

  it('drops the earlier fixed findings when they are not wanted (they are still checked)', async () => {
    const result = await stream(written(), { keepFixed: false });
    expect(result.document.baseline?.fixed).toEqual([]);
    const broken = written().replace('"user":"gone-2"', '"user":2');
    await expect(stream(broken, { keepFixed: false })).rejects.toThrow(/baseline\.fixed\[1\]\.user: /);
  });

  it('drops unknown keys and adds the default mark, as the schema does', async () => {
    const text = written().replace('{"rule":"access-key-max-age","severity":"error"', `{"rule":"access-key-max-age","extra":"${SECRET}","severity":"error"`);
    const withoutMark = text.replace(',"baseline":"unchanged"', '');
    for (const each of [text, withoutMark]) {
      const result = await stream(each);
      expectSame(result.document, each);
      expect(JSON.stringify(result.document)).not.toContain(SECRET);
    }
  });
});

describe('streamFindingsDocument: other layouts are read whole, with the same result', () => {
  it.each<[string, (doc: FindingsDocument) => string]>([
    ['pretty-printed', (doc) => JSON.stringify(doc, null, 2)],
    ['pretty-printed with tabs', (doc) => JSON.stringify(doc, null, '\t')],
    ['minified', (doc) => JSON.stringify(doc)],
    ['two findings on one line', (doc) => written(doc).replace('},\n    {"rule"', '}, {"rule"')],
    ['a blank line among the findings', (doc) => written(doc).replace('},\n    {"rule"', '},\n\n    {"rule"')],
  ])('%s', async (_layout, format) => {
    const text = format(document());
    const result = await stream(text, { chunk: 100 });
    expectSame(result.document, text);
    // The sink saw each finding once: what came before the switch was forgotten.
    expect(result.document.findings).toHaveLength(USERS.length + 1);
  });

  it('starts the sink over when it switches', async () => {
    const text = written().replace('},\n    {"rule"', '}, {"rule"');
    const result = await stream(text);
    expect(result).toMatchObject({ opens: 2, restarts: 1 });
  });

  it('a duplicate findings key: the last one wins, as in JSON.parse', async () => {
    const text = written().replace('\n  "errors": ', '\n  "findings": [],\n  "errors": ');
    const result = await stream(text);
    expectSame(result.document, text);
    expect(result.document.findings).toEqual([]);
    const escaped = written().replace('\n  "errors": ', '\n  "fin\\u0064ings": [],\n  "errors": ');
    expectSame((await stream(escaped)).document, escaped);
    expect((await stream(escaped)).document.findings).toEqual([]);
  });

  it('a findings key nested deeper is not the document’s findings', async () => {
    const text = written().replace('\n  "errors": ', '\n  "extra": {\n    "findings": [\n      {"rule": 1}\n    ]\n  },\n  "errors": ');
    const result = await stream(text);
    expectSame(result.document, text);
    expect(result.opens).toBe(1);
  });
});

describe('streamFindingsDocument: the messages of the whole-file reader', () => {
  it.each<[string, (text: string) => string]>([
    ['truncated in the head', (text) => text.slice(0, 40)],
    ['truncated inside a finding', (text) => text.slice(0, text.indexOf('jürgen') + 3)],
    ['truncated after a finding line', (text) => text.slice(0, text.indexOf('\n', text.indexOf('jürgen')) + 1)],
    ['truncated before the last brace', (text) => text.slice(0, text.lastIndexOf('}'))],
    ['a trailing comma after the last finding', (text) => text.replace('"message":"Exemption 1 expired [x]","exempted":false,"exemption":null,"baseline":null}', '$&,')],
    ['a missing comma between findings', (text) => text.replace('},\n    {"rule"', '}\n    {"rule"')],
    ['a finding line that is not JSON', (text) => text.replace('"user":"bob [ops]"', `"user":${SECRET}`)],
    ['the head not JSON', (text) => text.replace('"verdict"', `${SECRET}"verdict"`)],
  ])('%s', async (_case, damage) => {
    const text = damage(written());
    const expected = wholeError(text);
    expect(expected).toMatch(/^base\.json is not JSON \(invalid( at line \d+, column \d+)?\); set baseline to/);
    expect(await streamError(text, { chunk: 64 })).toBe(expected);
    expect(await streamError(text)).toBe(expected);
  });

  it('an invalid finding on line N: the same message, naming its index', async () => {
    const text = written().replace(/"severity":"error"(,"status":"violation","account":"123456789012","user":"user-4")/, `"severity":"${SECRET}"$1`);
    expect(text).not.toBe(written());
    const message = await streamError(text);
    expect(message).toBe(wholeError(text));
    expect(message).toMatch(/^base\.json is not a valid findings document: findings\[12\]\.severity: /);
    expect(message).not.toContain(SECRET);
  });

  it.each<[string, (text: string) => string, RegExp]>([
    ['a severity', (text) => text.replace('"severity":"error","status":"violation","account":"123456789012","user":"dave\\\\"', '"severity":"bad","status":"violation","account":"123456789012","user":"dave\\\\"'), /findings\[3\]\.severity/],
    ['a credential', (text) => text.replace('"credential":"access_key_1"', '"credential":"access_key_9"'), /findings\[0\]\.credential/],
    ['an exemption', (text) => text.replace('"exemption":null', '"exemption":{"reason":1}'), /findings\[0\]\.exemption\.reason/],
    ['a finding that is not an object', (text) => text.replace(/\n {4}\{[^\n]*"user":"alice"[^\n]*\},/, '\n    [1],'), /findings\[0\]: /],
    ['a fixed finding', (text) => text.replace('"user":"gone-1"', '"user":false'), /baseline\.fixed\[0\]\.user/],
    ['a mark', (text) => text.replace('"baseline":"unchanged"', '"baseline":"old"'), /findings\[0\]\.baseline/],
  ])('an invalid %s', async (_case, damage, where) => {
    const text = damage(written());
    expect(text).not.toBe(written());
    const message = await streamError(text, { chunk: 17 });
    expect(message).toBe(wholeError(text));
    expect(message).toMatch(where);
  });

  it('the head’s problems come first, then the findings’, then the fixed ones’, as before', async () => {
    const badFinding = (text: string) => text.replace('"user":"user-4"', '"user":4');
    const badFixed = (text: string) => text.replace('"user":"gone-1"', '"user":false');
    const badHead = (text: string) => text.replace('"name": "iam-credential-gate"', `"name": "${SECRET}"`);
    const cases = [badFixed(badFinding(written())), badHead(badFixed(badFinding(written()))), written(document({ schemaVersion: 2 as 1 })).replace('"user":"user-4"', '"user":4')];
    for (const text of cases) expect(await streamError(text)).toBe(wholeError(text));
    expect(await streamError(cases[0] ?? '')).toMatch(/findings\[12\]\.user/);
    expect(await streamError(cases[1] ?? '')).toMatch(/: tool\.name: /);
    expect(await streamError(cases[2] ?? '')).toMatch(/has schemaVersion 2/);
  });

  it('a document that is not a findings document', async () => {
    for (const text of [`["${SECRET}"]`, `{"token": "${SECRET}"}`, '', '\ufeff' + written()]) {
      expect(await streamError(text)).toBe(wholeError(text));
    }
  });
});

import { z } from 'zod';
import type { BaselineSummary, Finding, FindingsDocument } from '../evaluate/types';
import { readUntrustedFile, type UntrustedFileAccess } from '../files/untrusted-file';
import { UserError } from '../user-error';

const severity = z.enum(['error', 'warning', 'notice']);
const nullableText = z.string().nullable();

/** Exported for the tests that hold the hand-written check (isFinding) to it. */
export const findingSchema = z.object({
  rule: z.string(),
  severity,
  status: z.enum(['violation', 'upcoming']),
  account: nullableText,
  user: nullableText,
  arn: nullableText,
  credential: z
    .union([
      z.enum(['password', 'mfa', 'access_key_1', 'access_key_2', 'cert_1', 'cert_2']),
      z.templateLiteral(['service_credential:', z.string()]),
      z.templateLiteral(['ssh_key:', z.string()]),
    ])
    .nullable(),
  credentialCreated: nullableText,
  ageDays: z.number().nullable(),
  limit: z.number().nullable(),
  message: z.string(),
  exempted: z.boolean(),
  exemption: z.object({ reason: z.string(), owner: nullableText, expires: nullableText }).nullable(),
  // 1.0 wrote no marks: absent is "no baseline".
  baseline: z.enum(['new', 'unchanged']).nullable().default(null),
  // 1.1 look-ups (`enrich`): present only when the look-up was made.
  accessKeyId: nullableText.optional(),
  owner: nullableText.optional(),
  service: z.string().optional(),
});

const countsSchema = z.object({
  error: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  notice: z.number().int().nonnegative(),
  exempted: z.number().int().nonnegative(),
});

// Unknown keys are dropped rather than refused: a later 1.x may add fields to schemaVersion 1.
// The findings are checked one by one afterwards (see checkFindings), not copied all at once.
const documentSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('iam-credential-gate'), version: z.string() }),
  evaluatedAt: z.iso.datetime(),
  verdict: z.enum(['pass', 'fail', 'error']),
  failOn: z.enum(['error', 'warning', 'never']),
  policy: z.object({ source: z.string() }),
  reports: z.array(
    z.object({
      account: nullableText,
      generatedAt: nullableText,
      source: z.enum(['aws', 'file']),
      users: z.number().int().nonnegative(),
    }),
  ),
  counts: countsSchema,
  rules: z.array(
    z.object({
      id: z.string(),
      enabled: z.boolean(),
      severity,
      findings: z.number().int().nonnegative(),
      // Older writers left it out; the merge recounts it from the findings anyway.
      exempted: z.number().int().nonnegative().default(0),
    }),
  ),
  findings: z.array(z.unknown()),
  baseline: z
    .object({
      file: z.string(),
      evaluatedAt: z.string(),
      newOnly: z.boolean(),
      new: z.number().int().nonnegative(),
      unchanged: z.number().int().nonnegative(),
      fixed: z.array(z.unknown()),
    })
    .nullable()
    .default(null),
  errors: z.array(z.string()),
});

function describePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text || 'the document';
}

/** What the document is read for: the words of its messages (and whether they may quote it). */
export type FindingsDocumentUse = 'merge' | 'baseline';

const WHAT_TO_PASS: Readonly<Record<FindingsDocumentUse, string>> = {
  merge: 'pass the json-file written by iam-credential-gate.',
  baseline: 'set baseline to the json-file of an earlier run of iam-credential-gate.',
};

/**
 * Reads and parses a findings document that a pull request may control (`baseline`, merge inputs):
 * through the untrusted-file reader (confined in the action, regular file, at most 256 MiB).
 */
export async function readFindingsDocumentFile(
  path: string,
  kind: 'baseline' | 'findings',
  access: UntrustedFileAccess,
): Promise<FindingsDocument> {
  const { bytes } = await readUntrustedFile(path, kind, access);
  return readFindingsDocument(bytes.toString('utf8'), path);
}

/**
 * Where JSON.parse stopped, when it says. Its sentences also quote the text ("Unexpected token
 * 's', "secret…" is not valid JSON"), and a document's content is never shown in a message.
 */
function jsonErrorPlace(text: string, error: unknown): string {
  const offset = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (offset === undefined) return '';
  const before = text.slice(0, Number(offset));
  const line = before.split('\n').length;
  const column = Number(offset) - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/**
 * Parses one findings document (`json-file` of a run) and checks it is schemaVersion 1 of this tool.
 * `file` names it in every message, so a bad artifact among many is easy to find. A `baseline` is a
 * file a pull request may control: its messages say where it is wrong, never what it holds.
 */
export function readFindingsDocument(text: string, file: string, use: FindingsDocumentUse = 'merge'): FindingsDocument {
  return validateFindingsDocument(parseFindingsJson(text, file, use), file, use);
}

/** JSON.parse with the messages of readFindingsDocument (a baseline's only say where). */
export function parseFindingsJson(text: string, file: string, use: FindingsDocumentUse = 'merge'): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the error: only its position is kept.
    const place = jsonErrorPlace(text, error);
    if (use === 'baseline') throw new UserError(`${file} is not JSON (invalid${place}); ${WHAT_TO_PASS[use]}`, { file });
    throw new UserError(`${file} is not JSON (invalid${place}); pass the json-file written by iam-credential-gate.`);
  }
}

/** The error for the first issue found at `prefix` (a path into the document). */
export type InvalidFindingsDocument = (issue: z.core.$ZodIssue | undefined, prefix: readonly PropertyKey[]) => UserError;

/** A findings document whose head (everything but its findings) is checked; the findings are not yet. */
export interface CheckedDocumentHead {
  document: Omit<FindingsDocument, 'findings' | 'baseline'> & {
    findings: unknown[];
    baseline: (Omit<BaselineSummary, 'fixed'> & { fixed: unknown[] }) | null;
  };
  /** Makes the messages of this document (`… is not a valid findings document: findings[12].severity: …`). */
  invalid: InvalidFindingsDocument;
}

/**
 * Checks parsed JSON is a findings document of schemaVersion 1. The findings are checked and
 * replaced one at a time in their array, so a document of 500 000 findings is never held twice.
 */
export function validateFindingsDocument(data: unknown, file: string, use: FindingsDocumentUse = 'merge'): FindingsDocument {
  const { document, invalid } = checkDocumentHead(data, file, use);
  const { findings, baseline } = document;
  checkFindings(findings, ['findings'], invalid);
  if (baseline !== null) checkFindings(baseline.fixed, ['baseline', 'fixed'], invalid);
  return {
    ...document,
    findings: findings as Finding[],
    baseline: baseline === null ? null : { ...baseline, fixed: baseline.fixed as Finding[] },
  };
}

/** The messages of a document that is not valid: where (`findings[12].severity`) and what, never its content. */
export function invalidFindingsDocument(file: string, use: FindingsDocumentUse): InvalidFindingsDocument {
  return (issue, prefix) => {
    const where = issue ? describePath([...prefix, ...issue.path]) : 'the document';
    return new UserError(
      `${file} is not a valid findings document: ${where}: ${issue?.message ?? 'invalid'}. ` +
        (use === 'baseline'
          ? 'Set baseline to the json-file of an earlier run of iam-credential-gate, unedited.'
          : 'Pass the json-file written by iam-credential-gate, unedited.'),
    );
  };
}

/**
 * The first half of validateFindingsDocument, for a reader that checks the findings as they come
 * (the streamed `baseline`): schemaVersion, then everything but the findings, in that order.
 */
export function checkDocumentHead(data: unknown, file: string, use: FindingsDocumentUse): CheckedDocumentHead {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || version === undefined) {
    throw new UserError(`${file} is not a findings document (no schemaVersion); ${WHAT_TO_PASS[use]}`);
  }
  if (version !== 1) {
    if (use === 'baseline') {
      const shown =
        typeof version === 'number' && Number.isSafeInteger(version) ? `schemaVersion ${version}` : 'a schemaVersion that is not a number';
      throw new UserError(
        `${file} has ${shown}; this version of iam-credential-gate compares with schemaVersion 1 only. ` +
          'Use a baseline written by the same major version.',
      );
    }
    throw new UserError(
      `${file} has a schemaVersion other than 1; this version of iam-credential-gate reads schemaVersion 1 only. ` +
        'Produce every document with the same major version.',
    );
  }
  const invalid = invalidFindingsDocument(file, use);
  const parsed = documentSchema.safeParse(data);
  if (!parsed.success) throw invalid(parsed.error.issues[0], []);
  const { findings, baseline, errors, ...head } = parsed.data;
  // The merge does not join policy change reviews; their policy-weakened findings are kept.
  return { document: { ...head, findings, baseline, policyChange: null, errors }, invalid };
}

/** Validates each finding and puts the parsed one in its place (unknown keys dropped, defaults added). */
function checkFindings(findings: unknown[], at: readonly PropertyKey[], invalid: InvalidFindingsDocument): void {
  for (let index = 0; index < findings.length; index += 1) {
    findings[index] = parseFinding(findings[index], [...at, index], invalid);
  }
}

/**
 * One finding of a document, checked: the finding as `findingSchema` returns it (unknown keys
 * dropped, `baseline` defaulted), or the UserError for its first issue, placed at `at`.
 */
export function parseFinding(value: unknown, at: readonly PropertyKey[], invalid: InvalidFindingsDocument): Finding {
  // The hand-written check accepts only what the schema accepts; what it refuses goes to the
  // schema, for its message (or, should the two ever differ, for its verdict).
  if (isFinding(value)) return copyFinding(value);
  const parsed = findingSchema.safeParse(value);
  if (!parsed.success) throw invalid(parsed.error.issues[0], at);
  return parsed.data;
}

const SEVERITIES: ReadonlySet<unknown> = new Set(severity.options);
const STATUSES: ReadonlySet<unknown> = new Set(['violation', 'upcoming']);
const CREDENTIALS: ReadonlySet<unknown> = new Set(['password', 'mfa', 'access_key_1', 'access_key_2', 'cert_1', 'cert_2']);
const MARKS: ReadonlySet<unknown> = new Set(['new', 'unchanged']);

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): boolean => typeof value === 'string';
const isNullableText = (value: unknown): boolean => value === null || typeof value === 'string';
const isNullableNumber = (value: unknown): boolean => value === null || (typeof value === 'number' && Number.isFinite(value));

function isCredential(value: unknown): boolean {
  if (value === null || CREDENTIALS.has(value)) return true;
  return typeof value === 'string' && (value.startsWith('service_credential:') || value.startsWith('ssh_key:'));
}

/**
 * `findingSchema` by hand, a few times cheaper (a baseline holds a hundred thousand findings). It may
 * refuse more than the schema, never less: parseFinding asks the schema about whatever it refuses.
 */
function isFinding(value: unknown): value is Finding {
  if (!isRecord(value)) return false;
  const exemption = value.exemption;
  return (
    isText(value.rule) &&
    SEVERITIES.has(value.severity) &&
    STATUSES.has(value.status) &&
    isNullableText(value.account) &&
    isNullableText(value.user) &&
    isNullableText(value.arn) &&
    isCredential(value.credential) &&
    isNullableText(value.credentialCreated) &&
    isNullableNumber(value.ageDays) &&
    isNullableNumber(value.limit) &&
    isText(value.message) &&
    typeof value.exempted === 'boolean' &&
    (exemption === null ||
      (isRecord(exemption) && isText(exemption.reason) && isNullableText(exemption.owner) && isNullableText(exemption.expires))) &&
    (value.baseline === undefined || value.baseline === null || MARKS.has(value.baseline)) &&
    (value.accessKeyId === undefined || isNullableText(value.accessKeyId)) &&
    (value.owner === undefined || isNullableText(value.owner)) &&
    (value.service === undefined || isText(value.service))
  );
}

/** What the schema returns for a valid finding: its keys in the schema's order, nothing else. */
function copyFinding(value: Finding): Finding {
  const { exemption } = value;
  const copy: Finding = {
    rule: value.rule,
    severity: value.severity,
    status: value.status,
    account: value.account,
    user: value.user,
    arn: value.arn,
    credential: value.credential,
    credentialCreated: value.credentialCreated,
    ageDays: value.ageDays,
    limit: value.limit,
    message: value.message,
    exempted: value.exempted,
    exemption: exemption === null ? null : { reason: exemption.reason, owner: exemption.owner, expires: exemption.expires },
    baseline: value.baseline ?? null,
  };
  if (value.accessKeyId !== undefined) copy.accessKeyId = value.accessKeyId;
  if (value.owner !== undefined) copy.owner = value.owner;
  if (value.service !== undefined) copy.service = value.service;
  return copy;
}

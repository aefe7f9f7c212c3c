import { z } from 'zod';
import type { Finding, FindingsDocument } from '../evaluate/types';
import { readUntrustedFile, type UntrustedFileAccess } from '../files/untrusted-file';
import { UserError } from '../user-error';

const severity = z.enum(['error', 'warning', 'notice']);
const nullableText = z.string().nullable();

const findingSchema = z.object({
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

type Invalid = (issue: z.core.$ZodIssue | undefined, prefix: readonly PropertyKey[]) => UserError;

/**
 * Checks parsed JSON is a findings document of schemaVersion 1. The findings are checked and
 * replaced one at a time in their array, so a document of 500 000 findings is never held twice.
 */
export function validateFindingsDocument(data: unknown, file: string, use: FindingsDocumentUse = 'merge'): FindingsDocument {
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
  const invalid: Invalid = (issue, prefix) => {
    const where = issue ? describePath([...prefix, ...issue.path]) : 'the document';
    return new UserError(
      `${file} is not a valid findings document: ${where}: ${issue?.message ?? 'invalid'}. ` +
        (use === 'baseline'
          ? 'Set baseline to the json-file of an earlier run of iam-credential-gate, unedited.'
          : 'Pass the json-file written by iam-credential-gate, unedited.'),
    );
  };
  const parsed = documentSchema.safeParse(data);
  if (!parsed.success) throw invalid(parsed.error.issues[0], []);
  const { findings, baseline, errors, ...head } = parsed.data;
  checkFindings(findings, ['findings'], invalid);
  if (baseline !== null) checkFindings(baseline.fixed, ['baseline', 'fixed'], invalid);
  return {
    ...head,
    findings: findings as Finding[],
    baseline: baseline === null ? null : { ...baseline, fixed: baseline.fixed as Finding[] },
    // The merge does not join policy change reviews; their policy-weakened findings are kept.
    policyChange: null,
    errors,
  };
}

/** Validates each finding and puts the parsed one in its place (unknown keys dropped, defaults added). */
function checkFindings(findings: unknown[], at: readonly PropertyKey[], invalid: Invalid): void {
  for (let index = 0; index < findings.length; index += 1) {
    const parsed = findingSchema.safeParse(findings[index]);
    if (!parsed.success) throw invalid(parsed.error.issues[0], [...at, index]);
    findings[index] = parsed.data;
  }
}

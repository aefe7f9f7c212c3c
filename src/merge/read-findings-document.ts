import { z } from 'zod';
import type { FindingsDocument } from '../evaluate/types';
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
  findings: z.array(findingSchema),
  errors: z.array(z.string()),
});

function describePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text || 'the document';
}

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
 * `file` names it in every message, so a bad artifact among many is easy to find.
 */
export function readFindingsDocument(text: string, file: string): FindingsDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file} is not JSON (invalid${jsonErrorPlace(text, error)}); pass the json-file written by iam-credential-gate.`);
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || version === undefined) {
    throw new UserError(
      `${file} is not a findings document (no schemaVersion); pass the json-file written by iam-credential-gate.`,
    );
  }
  if (version !== 1) {
    throw new UserError(
      `${file} has a schemaVersion other than 1; this version of iam-credential-gate reads schemaVersion 1 only. ` +
        'Produce every document with the same major version.',
    );
  }
  const parsed = documentSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue ? describePath(issue.path) : 'the document';
    throw new UserError(
      `${file} is not a valid findings document: ${where}: ${issue?.message ?? 'invalid'}. ` +
        'Pass the json-file written by iam-credential-gate, unedited.',
    );
  }
  // The merge does not join policy change reviews; their policy-weakened findings are kept.
  return { ...parsed.data, policyChange: null };
}

import type { FailOn } from '../evaluate/types';
import { UserError } from '../user-error';
import { checkOutputPaths, runPaths } from './output-paths';
import { ACTION_INPUT, subject, type InputLabel } from './input-label';

export type Mode = 'check' | 'validate' | 'merge';
export type PolicyWeakening = 'allow' | 'warn' | 'fail';

/** The opt-in read-only look-ups beyond the report (`enrich`), each one more IAM permission. */
export const ENRICH_VALUES = ['access-key-ids', 'service-credentials', 'ssh-keys', 'mfa-devices', 'user-tags'] as const;
export type EnrichValue = (typeof ENRICH_VALUES)[number];
export type CommentMode = 'off' | 'on-failure' | 'always';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/**
 * Every knob of one run, built in one place from the action inputs or the CLI flags, then handed
 * down. Fields mirror the inputs of action.yml (see the README for their user-facing meaning).
 */
export interface GateSettings {
  mode: Mode;
  /** `builtin:NAME` or a path relative to `cwd`. */
  policy: string;
  /** Evaluate this saved CSV instead of fetching; null = fetch from AWS. */
  reportFile: string | null;
  /** OIDC: role assumed with sts:AssumeRoleWithWebIdentity; null = default credential chain. */
  roleToAssume: string | null;
  awsRegion: string;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  /** Overall limit for getting a report (generation, polling, retries). */
  maxWaitSeconds: number;
  failOn: FailOn;
  /** Evaluation instant, epoch ms. */
  now: number;
  jsonFile: string | null;
  sarifFile: string | null;
  saveReport: string | null;
  summary: boolean;
  redact: boolean;
  comment: CommentMode;
  githubToken: string | null;
  /** Account ids or role ARNs, or the single entry `organization`; empty = the hub account only. */
  accounts: string[];
  memberRoleName: string | null;
  concurrency: number;
  shard: Shard | null;
  /** CLI only: a named profile of the shared config files. */
  profile: string | null;
  /** CLI only: a role assumed with sts:AssumeRole from the default chain. */
  roleArn: string | null;
  /** A findings document of an earlier run to compare with (`baseline`); null = none. */
  baseline: string | null;
  /** Only findings new against the baseline count toward the verdict (needs `baseline`). */
  newOnly: boolean;
  /** The policy before the change (`compare-policy`): a file or `builtin:NAME`; null = no review. */
  comparePolicy: string | null;
  /** What a change that weakens the policy does (`policy-weakening`). */
  policyWeakening: PolicyWeakening;
  /** Look-ups beyond the report (`enrich`; `all` expands to every value); empty = none. */
  enrich: EnrichValue[];
  /** Name of the user tag whose value is a finding's `owner` (`owner-tag`). */
  ownerTag: string;
  /** `mode: merge`: findings documents to join, as paths or globs (`findings-files`). */
  findingsFiles: string[];
  /** Directory that relative paths (policy, files) are resolved against. */
  cwd: string;
  /**
   * The action: GITHUB_WORKSPACE, inside which every file a pull request can control must
   * resolve (symlinks followed). The CLI: null (no confinement).
   */
  workspace: string | null;
}

/** Raw values by input name (as in action.yml); absent or empty = default. */
export type RawInputs = Partial<Record<string, string>>;

export function text(raw: RawInputs, name: string): string | null {
  const value = raw[name]?.trim();
  return value ? value : null;
}

export function choice<T extends string>(
  raw: RawInputs,
  name: string,
  allowed: readonly T[],
  fallback: T,
  label: InputLabel = ACTION_INPUT,
): T {
  const value = text(raw, name);
  if (value === null) return fallback;
  const found = allowed.find((candidate) => candidate === value.toLowerCase());
  if (!found) {
    throw new UserError(`${subject(label, name)} is '${value}'; use one of: ${allowed.join(', ')}.`);
  }
  return found;
}

/**
 * The same words the Actions toolkit's getBooleanInput accepts (YAML 1.2 core schema); the CLI's
 * switches take them too, so `subject` is how the caller names the input (`Input 'redact'`, `--redact`).
 */
export function parseBooleanWord(value: string, subject: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`${subject} is '${value}'; use true or false.`);
}

export function bool(raw: RawInputs, name: string, fallback: boolean, label: InputLabel = ACTION_INPUT): boolean {
  const value = text(raw, name);
  if (value === null) return fallback;
  return parseBooleanWord(value, subject(label, name));
}

function integer(raw: RawInputs, name: string, fallback: number, min: number, max: number, label: InputLabel): number {
  const value = text(raw, name);
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UserError(`${subject(label, name)} is '${value}'; use a whole number from ${min} to ${max}.`);
  }
  return Number(value);
}

/** ISO 8601 instant: a date, a time and a zone (`Z` or an offset), nothing left implicit. */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `now`. Each calendar field is checked itself, because Date.parse rolls an impossible date
 * over (2026-02-30 becomes March 2) and would evaluate at an instant nobody asked for. A bare date
 * is refused too: midnight of which zone is a guess the gate does not make.
 */
export function parseInstant(value: string, what: string): number {
  const match = INSTANT.exec(value);
  const example = 'use e.g. 2026-11-20T12:00:00Z (a date, a time and a zone: Z or an offset like +02:00)';
  if (!match) {
    const bareDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const why = bareDate ? 'a date without a time and zone' : 'not an ISO 8601 instant';
    throw new UserError(`${what} is '${value}', which is ${why}; a zone is required: ${example}.`);
  }
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((field) => (field === undefined ? undefined : Number(field)));
  const valid =
    year !== undefined &&
    month !== undefined &&
    day !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour !== undefined &&
    hour <= 23 &&
    minute !== undefined &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  const ms = valid ? Date.parse(value.replace(' ', 'T')) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new UserError(`${what} is '${value}', which is not a date and time of the calendar; ${example}.`);
  }
  return ms;
}

function roleArn(raw: RawInputs, name: string, label: InputLabel): string | null {
  const value = text(raw, name);
  if (value !== null && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value)) {
    throw new UserError(
      `${subject(label, name)} is '${value}', which is not an IAM role ARN; use arn:aws:iam::123456789012:role/NAME.`,
    );
  }
  return value;
}

export function parseShard(value: string, label: InputLabel = ACTION_INPUT): Shard {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UserError(`${subject(label, 'shard')} is '${value}'; use K/N with 1 ≤ K ≤ N, e.g. 2/4 (the second of four slices).`);
  }
  return { index, count };
}

/** `enrich`: comma- or newline-separated values of ENRICH_VALUES, or `all`. */
export function parseEnrich(value: string | null, label: InputLabel = ACTION_INPUT): EnrichValue[] {
  if (value === null) return [];
  const entries = value
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  if (entries.includes('all')) return [...ENRICH_VALUES];
  for (const entry of entries) {
    if (!(ENRICH_VALUES as readonly string[]).includes(entry)) {
      throw new UserError(`${subject(label, 'enrich')} has '${entry}'; use all, or any of: ${ENRICH_VALUES.join(', ')}.`);
    }
  }
  return ENRICH_VALUES.filter((known) => entries.includes(known));
}

/** `findings-files`: newline-separated paths or globs (commas allowed too). */
export function parseFileList(value: string | null): string[] {
  if (value === null) return [];
  return [
    ...new Set(
      value
        .split(/[\n,]+/)
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ];
}

export function parseAccountList(value: string | null, label: InputLabel = ACTION_INPUT): string[] {
  if (value === null) return [];
  const entries = value
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const ok =
      /^\d{12}$/.test(entry) || /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(entry) || entry === 'organization';
    if (!ok) {
      throw new UserError(
        `${subject(label, 'accounts')} has '${entry}'; list 12-digit account ids or role ARNs (newline or comma separated), or write 'organization'.`,
      );
    }
  }
  if (entries.includes('organization') && entries.length > 1) {
    throw new UserError(`${subject(label, 'accounts')} mixes 'organization' with other entries; use one or the other.`);
  }
  return [...new Set(entries)];
}

/**
 * Builds the settings of one run from raw inputs. Pure: `clockNow` and `cwd` come from the caller.
 * Every mistake is a UserError naming the input and what to write instead.
 */
export function parseSettings(
  raw: RawInputs,
  clockNow: number,
  cwd: string,
  workspace: string | null = null,
  label: InputLabel = ACTION_INPUT,
): GateSettings {
  const nowText = text(raw, 'now');
  const reportFile = text(raw, 'report-file');
  const accounts = parseAccountList(text(raw, 'accounts'), label);
  const memberRoleName = text(raw, 'member-role-name');
  const shardText = text(raw, 'shard');

  if (accounts.some((entry) => /^\d{12}$/.test(entry) || entry === 'organization') && memberRoleName === null) {
    throw new UserError(
      `${subject(label, 'accounts')} lists account ids (or 'organization') but ${label('member-role-name')} is empty; set it to the role name to assume in each member account.`,
    );
  }
  if (reportFile !== null && accounts.length > 0) {
    throw new UserError(
      `${subject(label, 'report-file')} and ${label('accounts')} exclude each other: a saved report is one account.`,
    );
  }
  if (shardText !== null && accounts.length === 0) {
    throw new UserError(`${subject(label, 'shard')} needs ${label('accounts')}: it slices the account list.`);
  }
  const baseline = text(raw, 'baseline');
  const newOnly = bool(raw, 'new-only', false, label);
  if (newOnly && baseline === null) {
    throw new UserError(
      `${subject(label, 'new-only')} is true but ${label('baseline')} is empty; set it to the findings document of an earlier run (its ${label('json-file')}).`,
    );
  }
  const enrich = parseEnrich(text(raw, 'enrich'), label);
  if (enrich.length > 0 && reportFile !== null) {
    throw new UserError(
      `${subject(label, 'enrich')} needs a report fetched from AWS, but ${label('report-file')} is set: the look-ups read the live account. Remove one of them.`,
    );
  }
  const mode = choice(raw, 'mode', ['check', 'validate', 'merge'] as const, 'check', label);
  const findingsFiles = parseFileList(text(raw, 'findings-files'));
  if (mode === 'merge' && findingsFiles.length === 0) {
    throw new UserError(`${subject(label, 'mode')} is merge but ${label('findings-files')} is empty; list the findings documents (paths or globs) to join.`);
  }
  checkOutputPaths(runPaths(raw), cwd);

  return {
    mode,
    policy: text(raw, 'policy') ?? 'builtin:recommended',
    reportFile,
    roleToAssume: roleArn(raw, 'role-to-assume', label),
    awsRegion: text(raw, 'aws-region') ?? 'us-east-1',
    audience: text(raw, 'audience') ?? 'sts.amazonaws.com',
    roleSessionName: text(raw, 'role-session-name') ?? 'iam-credential-gate',
    // STS accepts 900 s to 12 h; the role's own maximum may be lower, which STS reports.
    roleDurationSeconds: integer(raw, 'role-duration-seconds', 900, 900, 43_200, label),
    maxWaitSeconds: integer(raw, 'max-wait-seconds', 300, 1, 3_600, label),
    failOn: choice(raw, 'fail-on', ['error', 'warning', 'never'] as const, 'error', label),
    now: nowText === null ? clockNow : parseInstant(nowText, subject(label, 'now')),
    jsonFile: text(raw, 'json-file'),
    sarifFile: text(raw, 'sarif-file'),
    saveReport: text(raw, 'save-report'),
    summary: bool(raw, 'summary', true, label),
    redact: bool(raw, 'redact', false, label),
    comment: choice(raw, 'comment', ['off', 'on-failure', 'always'] as const, 'off', label),
    githubToken: text(raw, 'github-token'),
    accounts,
    memberRoleName,
    concurrency: integer(raw, 'concurrency', 8, 1, 100, label),
    shard: shardText === null ? null : parseShard(shardText, label),
    profile: text(raw, 'profile'),
    roleArn: roleArn(raw, 'role-arn', label),
    baseline,
    newOnly,
    comparePolicy: text(raw, 'compare-policy'),
    policyWeakening: choice(raw, 'policy-weakening', ['allow', 'warn', 'fail'] as const, 'warn', label),
    enrich,
    ownerTag: text(raw, 'owner-tag') ?? 'owner',
    findingsFiles,
    cwd,
    workspace,
  };
}

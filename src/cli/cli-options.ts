import type { ParseArgsConfig } from 'node:util';

/** Flags of `check` and `validate`: the action's inputs as --kebab-case, plus CLI-only ones. */
export const CHECK_OPTIONS = {
  policy: { type: 'string' },
  'report-file': { type: 'string' },
  'role-to-assume': { type: 'string' },
  'aws-region': { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  'role-arn': { type: 'string' },
  audience: { type: 'string' },
  'role-session-name': { type: 'string' },
  'role-duration-seconds': { type: 'string' },
  'max-wait-seconds': { type: 'string' },
  'fail-on': { type: 'string' },
  now: { type: 'string' },
  'json-file': { type: 'string' },
  'sarif-file': { type: 'string' },
  'save-report': { type: 'string' },
  'summary-file': { type: 'string' },
  redact: { type: 'boolean' },
  accounts: { type: 'string' },
  'member-role-name': { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  baseline: { type: 'string' },
  'new-only': { type: 'boolean' },
  'compare-policy': { type: 'string' },
  'policy-weakening': { type: 'string' },
  enrich: { type: 'string' },
  'owner-tag': { type: 'string' },
  format: { type: 'string' },
  wide: { type: 'boolean' },
  'max-rows': { type: 'string' },
  only: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** `validate`: the policy, and optionally a saved report to check the exemptions' globs against. */
export const VALIDATE_OPTIONS = {
  policy: { type: 'string' },
  'compare-policy': { type: 'string' },
  'report-file': { type: 'string' },
  now: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** `explain`: the report, policy and AWS flags of `check`, and who to explain. */
export const EXPLAIN_OPTIONS = {
  user: { type: 'string' },
  arn: { type: 'string' },
  policy: { type: 'string' },
  'report-file': { type: 'string' },
  'role-to-assume': { type: 'string' },
  'aws-region': { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  'role-arn': { type: 'string' },
  audience: { type: 'string' },
  'role-session-name': { type: 'string' },
  'role-duration-seconds': { type: 'string' },
  'max-wait-seconds': { type: 'string' },
  now: { type: 'string' },
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const INIT_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const SCHEMA_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const MERGE_OPTIONS = {
  'fail-on': { type: 'string' },
  'json-file': { type: 'string' },
  'summary-file': { type: 'string' },
  format: { type: 'string' },
  redact: { type: 'boolean' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const USAGE = `Usage: iam-credential-gate <command> [options]

Commands:
  check      Get the IAM credential report (from AWS, or --report-file) and evaluate the policy
  explain    Show every enabled rule's outcome for one user (--user NAME or --arn ARN)
  validate   Load and validate the policy, with warnings about its exemptions (no AWS)
  init       Write a commented starter policy (default .github/iam-policy.yml)
  schema     Print the JSON Schema of the policy language
  merge      Combine findings documents (e.g. of matrix shards) into one verdict and summary

Run 'iam-credential-gate <command> --help' for the flags of a command.
Exit codes: 0 pass, 1 fail, 2 error. Colours follow NO_COLOR and the terminal.`;

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
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Boolean flags also take the input's spelling: `--redact=true`, `--redact false`, `--no-redact`
 * (the action writes `redact: true`, and people carry that over). Rewrites them to what
 * util.parseArgs understands: the bare flag, or nothing.
 */
export function normalizeBooleanFlags(args: readonly string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const name = names.find((candidate) => arg === `--${candidate}` || arg.startsWith(`--${candidate}=`));
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (names.some((candidate) => arg === `--no-${candidate}`)) continue;
    if (name === undefined) {
      out.push(arg);
      continue;
    }
    let value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : null;
    if (value === null && /^(true|false)$/i.test(args[i + 1] ?? '')) {
      value = args[i + 1] ?? null;
      i += 1;
    }
    if (value === null || /^true$/i.test(value)) out.push(`--${name}`);
    else if (!/^false$/i.test(value)) out.push(arg); // parseArgs then names the mistake
  }
  return out;
}

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
  validate   Load and validate the policy only (no AWS, no report)
  schema     Print the JSON Schema of the policy language
  merge      Combine findings documents (e.g. of matrix shards) into one verdict and summary

check / validate options (the action's inputs, as flags):
  --policy <builtin:NAME|file>     Policy (default builtin:recommended)
  --report-file <file.csv>         Evaluate a saved credential report instead of fetching one
  --region, --aws-region <region>  Region for STS/IAM (default us-east-1)
  --profile <name>                 Use a named AWS profile
  --role-arn <arn>                 Assume this role (sts:AssumeRole) from the default credentials
  --max-wait-seconds <n>           Overall limit for getting a report (default 300)
  --fail-on <error|warning|never>  Lowest severity that fails (default error)
  --now <ISO 8601>                 Evaluate at this instant (reproducible runs)
  --json-file <file>               Write the findings document
  --sarif-file <file>              Write SARIF 2.1.0
  --save-report <file>             Write the CSV that was evaluated
  --summary-file <file>            Write the Markdown summary
  --accounts <ids|arns|organization>, --member-role-name <name>, --concurrency <n>, --shard <K/N>
                                   Several accounts (see the README)
  --redact                         Hash user names, ARNs and account ids in human output
  --baseline <findings.json>       Compare with an earlier run's findings document: new, unchanged, fixed
  --new-only                       Only findings new against --baseline count toward the verdict
  --format <table|json|markdown>   What to print on stdout (default table)

merge <doc.json>... options:
  --fail-on <error|warning|never>  Verdict threshold of the merged document (default error)
  --json-file <file>               Write the merged findings document
  --summary-file <file>            Write the merged Markdown summary
  --format <table|json|markdown>   What to print on stdout (default table)

Exit codes: 0 pass, 1 fail, 2 error. Colours follow NO_COLOR and the terminal.`;

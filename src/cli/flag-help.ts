import {
  CHECK_OPTIONS,
  EXPLAIN_OPTIONS,
  INIT_OPTIONS,
  MERGE_OPTIONS,
  SCHEMA_OPTIONS,
  USAGE,
  VALIDATE_OPTIONS,
} from './cli-options';

/** The flags a command's option table holds (util.parseArgs' shape). */
export type OptionTable = Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;

export interface CommandSpec {
  name: string;
  /** After the command name: `[FILE]`, `<doc.json>...`. */
  operands: string;
  summary: string;
  options: OptionTable;
}

/**
 * Every command and the table its flags are parsed with: help is generated from the same tables,
 * so a flag cannot be accepted without being listed (a test checks each has a description).
 */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check',
    operands: '',
    summary: 'Get the IAM credential report (from AWS, or --report-file) and evaluate the policy.',
    options: CHECK_OPTIONS,
  },
  {
    name: 'explain',
    operands: '',
    summary:
      "Show every enabled rule's outcome for one user: passed, failed, exempted or not applicable, with the values used.",
    options: EXPLAIN_OPTIONS,
  },
  {
    name: 'validate',
    operands: '',
    summary:
      'Load and validate the policy (no AWS): errors exit 2; warnings for expired, soon-expiring and blanket exemptions.',
    options: VALIDATE_OPTIONS,
  },
  {
    name: 'init',
    operands: '[FILE]',
    summary: 'Write a commented starter policy to FILE (default .github/iam-policy.yml); never overwrites.',
    options: INIT_OPTIONS,
  },
  {
    name: 'schema',
    operands: '',
    summary: 'Print the JSON Schema of the policy language.',
    options: SCHEMA_OPTIONS,
  },
  {
    name: 'merge',
    operands: '<doc.json>...',
    summary: 'Combine findings documents (e.g. of matrix shards) into one verdict and summary.',
    options: MERGE_OPTIONS,
  },
];

interface FlagHelp {
  /** Placeholder of the value (`<file>`); absent for boolean flags. */
  value?: string;
  text: string;
}

/** One line per flag, the same for every command that takes it unless COMMAND_FLAG_HELP says otherwise. */
export const FLAG_HELP: Readonly<Record<string, FlagHelp>> = {
  policy: { value: '<builtin:NAME|file>', text: 'Policy to apply (default builtin:recommended)' },
  'report-file': { value: '<file.csv>', text: 'Evaluate a saved credential report instead of fetching one' },
  'role-to-assume': { value: '<arn>', text: 'Role to assume with a GitHub OIDC token (inside GitHub Actions only)' },
  'aws-region': { value: '<region>', text: 'Region for STS/IAM (default us-east-1)' },
  region: { value: '<region>', text: 'Same as --aws-region' },
  profile: { value: '<name>', text: 'Use a named AWS profile of the shared config files' },
  'role-arn': { value: '<arn>', text: 'Assume this role (sts:AssumeRole) from the default credentials' },
  audience: { value: '<aud>', text: 'OIDC token audience, with --role-to-assume (default sts.amazonaws.com)' },
  'role-session-name': { value: '<name>', text: 'Session name of the assumed role (default iam-credential-gate)' },
  'role-duration-seconds': { value: '<n>', text: "Lifetime of the assumed role's credentials, 900-43200 (default 900)" },
  'max-wait-seconds': { value: '<n>', text: 'Overall limit for getting a report (default 300)' },
  'fail-on': { value: '<error|warning|never>', text: 'Lowest severity that fails (default error)' },
  now: { value: '<ISO 8601>', text: 'Evaluate at this instant, e.g. 2026-11-20T12:00:00Z (default: now)' },
  'json-file': { value: '<file>', text: 'Write the findings document' },
  'sarif-file': { value: '<file>', text: 'Write SARIF 2.1.0' },
  'save-report': { value: '<file>', text: 'Write the CSV that was evaluated' },
  'summary-file': { value: '<file>', text: 'Write the Markdown summary' },
  redact: { text: 'Hash user names, ARNs and account ids in human output' },
  accounts: { value: '<ids|arns|organization>', text: 'Several accounts: ids or role ARNs (comma separated), or organization' },
  'member-role-name': { value: '<name>', text: 'Role assumed in each member account when --accounts lists ids' },
  concurrency: { value: '<n>', text: 'Accounts fetched at once (default 8)' },
  shard: { value: '<K/N>', text: 'Evaluate only the K-th of N slices of the account list' },
  baseline: { value: '<file.json>', text: 'Findings document of an earlier run: mark findings new or unchanged' },
  'new-only': { text: 'Only findings new against --baseline count toward the verdict' },
  'compare-policy': { value: '<file|builtin:NAME>', text: 'The policy before the change: review what the change hides' },
  'policy-weakening': { value: '<allow|warn|fail>', text: 'What a policy change that hides findings does (default warn)' },
  enrich: { value: '<list|all>', text: 'Read-only look-ups beyond the report (access-key-ids, user-tags, ... or all)' },
  'owner-tag': { value: '<tag>', text: "With --enrich user-tags: the tag whose value is a finding's owner (default owner)" },
  format: { value: '<table|json|markdown>', text: 'What to print on stdout (default table)' },
  wide: { text: 'Never cut messages in the table (they are cut only on a terminal)' },
  'max-rows': { value: '<n>', text: 'Show at most n rows of the table (the most important first)' },
  only: { value: '<error|warning|notice>', text: 'Show only findings of this severity in the table' },
  user: { value: '<name>', text: 'The IAM user to explain (the root account is <root_account>)' },
  arn: { value: '<arn>', text: 'The user to explain, by ARN' },
  help: { text: 'Show this help' },
};

/** Where a command gives a flag a meaning of its own. */
const COMMAND_FLAG_HELP: Readonly<Record<string, Readonly<Record<string, FlagHelp>>>> = {
  validate: {
    'report-file': { value: '<file.csv>', text: "A saved report: warn about exemption globs that match a user only by case" },
    now: { value: '<ISO 8601>', text: 'Judge expiry dates at this instant (default: now)' },
    format: { value: '<table|json|markdown>', text: 'What to print on stdout (default table: the verdict and warnings)' },
  },
  explain: {
    format: { value: '<table|json>', text: 'What to print on stdout (default table)' },
  },
  merge: {
    'fail-on': { value: '<error|warning|never>', text: 'Verdict threshold of the merged document (default error)' },
    'json-file': { value: '<file>', text: 'Write the merged findings document' },
    'summary-file': { value: '<file>', text: 'Write the merged Markdown summary' },
    now: { value: '<ISO 8601>', text: "Show report ages at this instant (default: the documents' evaluatedAt)" },
  },
};

export function flagHelp(command: string, flag: string): FlagHelp | undefined {
  return COMMAND_FLAG_HELP[command]?.[flag] ?? FLAG_HELP[flag];
}

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** `iam-credential-gate check --help`: usage, what it does, then every flag of its table. */
export function renderCommandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([flag, option]) => {
    const help = flagHelp(spec.name, flag);
    // A flag without a description is our bug; the test over every table catches it first.
    if (help === undefined) throw new Error(`Flag --${flag} of '${spec.name}' has no description.`);
    const short = option.short === undefined ? '' : `-${option.short}, `;
    const value = option.type === 'string' && help.value !== undefined ? ` ${help.value}` : '';
    return { left: `${short}--${flag}${value}`, text: help.text };
  });
  const width = Math.max(...rows.map((row) => row.left.length)) + 2;
  const booleans = Object.entries(spec.options)
    .filter(([flag, option]) => option.type === 'boolean' && flag !== 'help')
    .map(([flag]) => `--${flag}`);
  const lines = [
    `Usage: iam-credential-gate ${spec.name}${spec.operands ? ` ${spec.operands}` : ''} [options]`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map((row) => `  ${row.left.padEnd(width)}${row.text}`),
  ];
  if (booleans.length > 0) {
    lines.push(
      '',
      `Switches (${booleans.join(', ')}) also take a value, as the action's inputs do: ` +
        '=true, =True, =TRUE, =false, =False, =FALSE, or --no-NAME.',
    );
  }
  lines.push('', 'Exit codes: 0 pass, 1 fail, 2 error.');
  return lines.join('\n');
}

export function renderGlobalHelp(): string {
  return USAGE;
}

import { parseArgs } from 'node:util';
import { createTerminalProgress } from '../accounts/progress-line';
import type { GateLogger } from '../logger';
import { createRedactor, type Redactor } from '../output/redact';
import { renderPolicyReviewTerminal } from '../output/render-policy-review';
import { renderSummary } from '../output/render-summary';
import { renderTerminal } from '../output/render-table';
import { runGate } from '../run/run-gate';
import type { GateOutcome } from '../run/types';
import { serializeFindingsDocument, writeOutputFile, writeRunFiles } from '../run/write-files';
import { parseSettings, type RawInputs } from '../settings/settings';
import { isUserError, UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import { CHECK_OPTIONS, normalizeBooleanFlags, USAGE } from './cli-options';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout / stderr are terminals (colour and progress). */
  stdoutIsTty: boolean;
  stderrIsTty: boolean;
  /** Terminal width of stdout, when it is a terminal. */
  columns?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => number;
}

export const EXIT = { pass: 0, fail: 1, error: 2 } as const;

type Format = 'table' | 'json' | 'markdown';

export function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'table';
  if (value === 'table' || value === 'json' || value === 'markdown') return value;
  throw new UserError(`--format is '${value}'; use table, json or markdown.`);
}

export function useColor(io: CliIo): boolean {
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  return io.stdoutIsTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

function cliLogger(io: CliIo, redactText: (text: string) => string): GateLogger {
  return {
    info: (message) => io.stderr(`${redactText(message)}\n`),
    warning: (message) => io.stderr(`warning: ${redactText(message)}\n`),
    debug: (message) => {
      if (io.env.IAM_CREDENTIAL_GATE_DEBUG) io.stderr(`debug: ${redactText(message)}\n`);
    },
  };
}

/** Flags → the same raw inputs the action reads, so both share one settings parser. */
function toInputs(values: Record<string, string | boolean | undefined>, mode: 'check' | 'validate'): RawInputs {
  const inputs: RawInputs = { mode };
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') inputs[name] = value;
  }
  if (values.region !== undefined && values['aws-region'] === undefined) inputs['aws-region'] = String(values.region);
  inputs.redact = values.redact ? 'true' : 'false';
  inputs['new-only'] = values['new-only'] ? 'true' : 'false';
  return inputs;
}

/** Prints the outcome on stdout; `redact` must already have learnt the outcome's names. */
export function printOutcome(outcome: GateOutcome, format: Format, io: CliIo, redact: Redactor, now: number): void {
  if (format === 'json') {
    for (const chunk of serializeFindingsDocument(outcome.document)) io.stdout(chunk);
  } else if (format === 'markdown') {
    io.stdout(`${renderSummary(outcome, { now, jsonFile: null, redact })}\n`);
  } else {
    io.stdout(`${renderTerminal(outcome, { color: useColor(io), redact, ...(io.columns ? { width: io.columns } : {}) })}\n`);
  }
}

async function check(args: string[], mode: 'check' | 'validate', io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: normalizeBooleanFlags(args, ['redact', 'new-only']),
    options: CHECK_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.pass;
  }
  if (positionals.length > 0) {
    throw new UserError(`Unexpected argument '${positionals[0]}'. Run 'iam-credential-gate --help' for usage.`);
  }
  const format = parseFormat(values.format);
  const settings = parseSettings(toInputs(values, mode), io.now(), io.cwd);
  const redact = createRedactor(settings.redact);
  const run = await runGate(settings, {
    log: cliLogger(io, (text) => redact.text(text)),
    getIdToken: null,
    mask: () => undefined,
    // Multi-account progress only on a terminal: a redirected stderr gets no control characters.
    ...(io.stderrIsTty ? { progress: createTerminalProgress(io.stderr, (text) => redact.text(text)) } : {}),
  });

  redact.learn(run);
  await writeRunFiles(run, settings, (name) => `--${name}`);
  if (typeof values['summary-file'] === 'string') {
    const markdown = renderSummary(run, { now: settings.now, jsonFile: settings.jsonFile, redact });
    await writeOutputFile(io.cwd, values['summary-file'], `${markdown}\n`, '--summary-file');
  }

  if (settings.mode === 'validate' && format === 'table') {
    if (run.policy) {
      const enabled = run.policy.rules.filter((rule) => rule.enabled).length;
      io.stdout(
        `Policy ${settings.policy} is valid: ${enabled} rules enabled, ${run.policy.exemptions.length} exemptions.\n`,
      );
    }
    // Both policies validated: what the change does to rules and exemptions (no report, so no findings).
    const review = run.document.policyChange;
    if (review) io.stdout(`${renderPolicyReviewTerminal(review, redact).join('\n')}\n`);
  } else {
    printOutcome(run, format, io, redact, settings.now);
  }
  for (const message of run.document.errors) io.stderr(`error: ${redact.text(message)}\n`);
  return EXIT[run.document.verdict];
}

async function schema(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) throw new UserError(`'schema' takes no arguments; it prints the policy JSON Schema.`);
  // zod (the schema's source) is loaded only by the commands that need it.
  const { buildPolicyJsonSchema } = await import('../policy/policy-schema');
  io.stdout(`${JSON.stringify(buildPolicyJsonSchema(), null, 2)}\n`);
  return EXIT.pass;
}

/** The CLI: returns the exit code (0 pass, 1 fail, 2 error); user mistakes are one line on stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
      case 'validate':
        return await check(rest, command, io);
      case 'schema':
        return await schema(rest, io);
      case 'merge':
        return await (await import('./run-merge')).runMerge(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${TOOL_VERSION}\n`);
        return EXIT.pass;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? EXIT.error : EXIT.pass;
      default:
        throw new UserError(`Unknown command '${command}'; use check, validate, schema or merge (see --help).`);
    }
  } catch (error) {
    // parseArgs reports unknown or malformed flags with a code; they are the user's to fix.
    const code = (error as { code?: unknown } | null)?.code;
    if (isUserError(error) || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`error: ${(error as Error).message}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

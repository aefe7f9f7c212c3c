import { createTerminalProgress } from '../accounts/progress-line';
import type { GateLogger } from '../logger';
import { didYouMean } from '../policy/did-you-mean';
import { capText, neutralizeCommands } from '../output/log-text';
import { createRedactor, type Redactor } from '../output/redact';
import { renderPolicyReviewTerminal } from '../output/render-policy-review';
import { renderSummary } from '../output/render-summary';
import { writeRefusedDocument } from '../run/refused-run';
import { runGate, type GateDependencies } from '../run/run-gate';
import { writeOutputFile, writeRunFiles } from '../run/write-files';
import { CLI_FLAG } from '../settings/input-label';
import { parseSettings, type GateSettings, type RawInputs } from '../settings/settings';
import { isUserError, UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import { CHECK_OPTIONS, INIT_OPTIONS, SCHEMA_OPTIONS, VALIDATE_OPTIONS } from './cli-options';
import { EXIT, parseFormat, parseTableChoices, printOutcome, type CliIo } from './cli-output';
import { commandSpec, renderCommandHelp, renderGlobalHelp } from './flag-help';
import { parseCommandArgs } from './parse-flags';
import { printValidation } from './print-validation';

export { EXIT, type CliIo } from './cli-output';

const COMMAND_NAMES = ['check', 'explain', 'validate', 'init', 'schema', 'merge'];

/**
 * A stderr line: cut to a few KiB (a message can carry a user name of any length), and unable to
 * start a workflow command when the CLI runs in a workflow step.
 */
function logLine(text: string): string {
  return neutralizeCommands(capText(text));
}

function cliLogger(io: CliIo, redactText: (text: string) => string): GateLogger {
  return {
    info: (message) => io.stderr(`${logLine(redactText(message))}\n`),
    warning: (message) => io.stderr(`warning: ${logLine(redactText(message))}\n`),
    debug: (message) => {
      if (io.env.IAM_CREDENTIAL_GATE_DEBUG) io.stderr(`debug: ${logLine(redactText(message))}\n`);
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
  // Switches were checked by the flag parser (the same words as the action's boolean inputs).
  inputs.redact = values.redact ? 'true' : 'false';
  inputs['new-only'] = values['new-only'] ? 'true' : 'false';
  return inputs;
}

/** Flags → settings, with messages that name the flags. */
async function cliSettings(
  values: Record<string, string | boolean | undefined>,
  mode: 'check' | 'validate',
  io: CliIo,
): Promise<GateSettings> {
  const inputs = toInputs(values, mode);
  try {
    return parseSettings(inputs, io.now(), io.cwd, null, CLI_FLAG);
  } catch (error) {
    // A refused flag still leaves the findings document (verdict error) where --json-file asked for it.
    if (isUserError(error)) await writeRefusedDocument(inputs, error, io.cwd, io.now());
    throw error;
  }
}

function cliDependencies(io: CliIo, redact: Redactor): GateDependencies {
  return {
    log: cliLogger(io, (text) => redact.text(text)),
    getIdToken: null,
    mask: () => undefined,
    label: CLI_FLAG,
    // Multi-account progress only on a terminal: a redirected stderr gets no control characters.
    ...(io.stderrIsTty ? { progress: createTerminalProgress(io.stderr, (text) => redact.text(text)) } : {}),
  };
}

function noOperands(command: string, positionals: string[]): void {
  if (positionals.length > 0) {
    throw new UserError(`Unexpected argument '${positionals[0]}' for '${command}'. Run 'iam-credential-gate ${command} --help' for its flags.`);
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', CHECK_OPTIONS, args);
  noOperands('check', positionals);
  const format = parseFormat(values.format);
  const table = parseTableChoices(values, io);
  const settings = await cliSettings(values, 'check', io);
  const redact = createRedactor(settings.redact);
  const dependencies = cliDependencies(io, redact);
  const run = await runGate(settings, dependencies);

  redact.learn(run);
  await writeRunFiles(run, settings, CLI_FLAG, dependencies.log);
  if (typeof values['summary-file'] === 'string') {
    const markdown = renderSummary(run, { now: settings.now, jsonFile: settings.jsonFile, redact });
    await writeOutputFile(io.cwd, values['summary-file'], `${markdown}\n`, '--summary-file');
  }
  printOutcome(run, format, io, redact, settings.now, table);
  for (const message of run.document.errors) io.stderr(`error: ${logLine(redact.text(message))}\n`);
  return EXIT[run.document.verdict];
}

async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', VALIDATE_OPTIONS, args);
  noOperands('validate', positionals);
  const format = parseFormat(values.format);
  const settings = await cliSettings(values, 'validate', io);
  const redact = createRedactor(false);
  const run = await runGate(settings, cliDependencies(io, redact));
  if (format === 'table') {
    printValidation(run, settings.policy, io.stdout);
    // Both policies validated: what the change does to rules and exemptions (no report, so no findings).
    const review = run.document.policyChange;
    if (review) io.stdout(`${renderPolicyReviewTerminal(review, redact).join('\n')}\n`);
  } else {
    printOutcome(run, format, io, redact, settings.now);
    for (const warning of run.policyWarnings) io.stderr(`warning: ${logLine(warning)}\n`);
  }
  for (const message of run.document.errors) io.stderr(`error: ${logLine(message)}\n`);
  return EXIT[run.document.verdict];
}

async function schema(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs('schema', SCHEMA_OPTIONS, args);
  if (positionals.length > 0) throw new UserError(`'schema' takes no arguments; it prints the policy JSON Schema.`);
  // zod (the schema's source) is loaded only by the commands that need it.
  const { buildPolicyJsonSchema } = await import('../policy/policy-schema');
  io.stdout(`${JSON.stringify(buildPolicyJsonSchema(), null, 2)}\n`);
  return EXIT.pass;
}

async function init(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs('init', INIT_OPTIONS, args);
  if (positionals.length > 1) throw new UserError(`'init' takes one file at most: iam-credential-gate init [FILE].`);
  const { runInit } = await import('./run-init');
  return runInit(positionals[0] ?? null, io);
}

/** `<command> --help` or `-h` anywhere before `--`: that command's help, whatever else is there. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h' || arg === '--help=true');
}

/** The CLI: returns the exit code (0 pass, 1 fail, 2 error); user mistakes are one line on stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const spec = command === undefined ? undefined : commandSpec(command);
    if (spec !== undefined && wantsHelp(rest)) {
      io.stdout(`${renderCommandHelp(spec)}\n`);
      return EXIT.pass;
    }
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'validate':
        return await validate(rest, io);
      case 'explain':
        return await (await import('./run-explain')).runExplain(rest, {
          stdout: io.stdout,
          stderr: io.stderr,
          settingsOf: (values) => cliSettings(values, 'check', io),
          dependencies: () => cliDependencies(io, createRedactor(false)),
        });
      case 'init':
        return await init(rest, io);
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
      case 'help': {
        // `help check` is `check --help`.
        const topic = command === 'help' && rest[0] !== undefined ? commandSpec(rest[0]) : undefined;
        io.stdout(`${topic === undefined ? renderGlobalHelp() : renderCommandHelp(topic)}\n`);
        return command === undefined ? EXIT.error : EXIT.pass;
      }
      default:
        throw new UserError(
          `Unknown command '${command}'${didYouMean(command, COMMAND_NAMES)}; use ${COMMAND_NAMES.join(', ')} (see --help).`,
        );
    }
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`error: ${logLine(error.message)}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

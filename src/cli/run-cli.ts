import { parseArgs } from 'node:util';
import { createTerminalProgress } from '../accounts/progress-line';
import type { GateLogger } from '../logger';
import { capText, neutralizeCommands } from '../output/log-text';
import { createRedactor } from '../output/redact';
import { renderSummary } from '../output/render-summary';
import { writeRefusedDocument } from '../run/refused-run';
import { runGate } from '../run/run-gate';
import { writeOutputFile, writeRunFiles } from '../run/write-files';
import { parseSettings, type GateSettings, type RawInputs } from '../settings/settings';
import { isUserError, UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import { CHECK_OPTIONS, normalizeBooleanFlags, USAGE } from './cli-options';
import { EXIT, parseFormat, printOutcome, type CliIo } from './cli-output';

export { EXIT, type CliIo } from './cli-output';

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
  inputs.redact = values.redact ? 'true' : 'false';
  inputs['new-only'] = values['new-only'] ? 'true' : 'false';
  return inputs;
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
  const inputs = toInputs(values, mode);
  let settings: GateSettings;
  try {
    settings = parseSettings(inputs, io.now(), io.cwd);
  } catch (error) {
    if (isUserError(error)) await writeRefusedDocument(inputs, error, io.cwd, io.now());
    throw error;
  }
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
    if (run.policy && run.document.verdict !== 'error') {
      const enabled = run.policy.rules.filter((rule) => rule.enabled).length;
      io.stdout(
        `Policy ${settings.policy} is valid: ${enabled} rules enabled, ${run.policy.exemptions.length} exemptions.\n`,
      );
    }
  } else {
    printOutcome(run, format, io, redact, settings.now);
  }
  for (const message of run.document.errors) io.stderr(`error: ${logLine(redact.text(message))}\n`);
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
      io.stderr(`error: ${logLine((error as Error).message)}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

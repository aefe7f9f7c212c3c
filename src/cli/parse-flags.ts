import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatch } from '../policy/did-you-mean';
import { parseBooleanWord } from '../settings/settings';
import { UserError } from '../user-error';

type Options = NonNullable<ParseArgsConfig['options']>;
type Config<O extends Options> = { args: string[]; options: O; allowPositionals: true; strict: true };
export type ParsedFlags<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>;

/** The words a switch takes after `=` (or as the next argument): those of the action's getBooleanInput. */
const BOOLEAN_WORDS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];

function helpHint(command: string): string {
  return `Run 'iam-credential-gate ${command} --help' for its flags.`;
}

/**
 * Parses the flags of `command` with util.parseArgs, after doing in our words what its own errors
 * would say in Node's: an unknown flag gets a did-you-mean, a missing value names the flag, and a
 * switch takes the same values as the action's boolean inputs (`--redact=true`, `--redact FALSE`,
 * `--no-redact`), with the same message for any other (`--redact=yes`).
 */
export function parseCommandArgs<O extends Options>(command: string, options: O, args: readonly string[]): ParsedFlags<O> {
  const names = Object.keys(options);
  const isSwitch = (name: string): boolean => options[name]?.type === 'boolean';
  const prepared: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      prepared.push(...args.slice(i));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      prepared.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) {
      const short = Object.entries(options).find(([, option]) => option.short === arg.slice(1));
      if (short === undefined) {
        throw new UserError(`Unknown flag ${arg} for '${command}'. ${helpHint(command)}`);
      }
      prepared.push(`--${short[0]}`);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const negated = name.startsWith('no-') && isSwitch(name.slice(3)) ? name.slice(3) : null;
    if (negated !== null) {
      if (equals !== -1) throw new UserError(`--no-${negated} takes no value; write --${negated}=false instead.`);
      continue;
    }
    if (!names.includes(name)) {
      const match = closestMatch(name, names);
      const hint = match === undefined ? '' : ` Did you mean --${match}?`;
      throw new UserError(`Unknown flag --${name} for '${command}'.${hint} ${helpHint(command)}`);
    }
    if (isSwitch(name)) {
      let word = equals === -1 ? null : arg.slice(equals + 1);
      if (word === null && BOOLEAN_WORDS.includes(args[i + 1] ?? '')) {
        word = args[i + 1] ?? null;
        i += 1;
      }
      if (word === null || parseBooleanWord(word, `--${name}`)) prepared.push(`--${name}`);
      continue;
    }
    // A string flag: its value is after `=` or the next argument, which parseArgs takes as is.
    if (equals === -1) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UserError(`--${name} needs a value (--${name} VALUE or --${name}=VALUE). ${helpHint(command)}`);
      }
      prepared.push(arg, next);
      i += 1;
      continue;
    }
    prepared.push(arg);
  }
  try {
    return parseArgs({ args: prepared, options, allowPositionals: true, strict: true } as Config<O>);
  } catch (error) {
    // What the checks above let through (none known) still reaches the user as one line, in our words.
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new UserError(`The flags of '${command}' could not be read. ${helpHint(command)}`);
    }
    throw error;
  }
}

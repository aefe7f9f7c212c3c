import type { GateOutcome } from '../run/types';
import { renderSummary } from '../output/render-summary';
import { renderTerminal, type TerminalOptions } from '../output/render-table';
import type { Severity } from '../rules/types';
import type { Redactor } from '../output/redact';
import { serializeFindingsDocument } from '../run/write-files';
import { UserError } from '../user-error';

/**
 * What every CLI command shares: the process as data (streams, terminal, environment, clock),
 * exit codes and how an outcome is printed. Its own file so that the commands (run-cli.ts,
 * run-merge.ts) import it and not each other.
 */
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

/** How the table is cut and filtered: `--wide`, `--max-rows`, `--only` (check only). */
export type TableChoices = Pick<TerminalOptions, 'cutMessages' | 'maxRows' | 'only'>;

export function parseTableChoices(values: { wide?: boolean; 'max-rows'?: string; only?: string }, io: CliIo): TableChoices {
  const choices: TableChoices = { cutMessages: io.stdoutIsTty && !values.wide };
  const maxRows = values['max-rows'];
  if (maxRows !== undefined) {
    if (!/^\d+$/.test(maxRows) || Number(maxRows) < 1) {
      throw new UserError(`--max-rows is '${maxRows}'; use a whole number of at least 1.`);
    }
    choices.maxRows = Number(maxRows);
  }
  const only = values.only;
  if (only !== undefined) {
    const severities: readonly Severity[] = ['error', 'warning', 'notice'];
    const found = severities.find((severity) => severity === only);
    if (found === undefined) throw new UserError(`--only is '${only}'; use error, warning or notice.`);
    choices.only = found;
  }
  return choices;
}

export function useColor(io: CliIo): boolean {
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  return io.stdoutIsTty && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}

/** Prints the outcome on stdout; `redact` must already have learnt the outcome's names. */
export function printOutcome(
  outcome: GateOutcome,
  format: Format,
  io: CliIo,
  redact: Redactor,
  now: number,
  table: TableChoices = { cutMessages: io.stdoutIsTty },
): void {
  if (format === 'json') {
    for (const chunk of serializeFindingsDocument(outcome.document)) io.stdout(chunk);
  } else if (format === 'markdown') {
    io.stdout(`${renderSummary(outcome, { now, jsonFile: null, redact })}\n`);
  } else {
    const width = io.columns ? { width: io.columns } : {};
    io.stdout(`${renderTerminal(outcome, { color: useColor(io), redact, ...width, ...table })}\n`);
  }
}

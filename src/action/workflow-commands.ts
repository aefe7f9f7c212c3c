import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { capText, MAX_LOG_CHARS, neutralizeCommands } from '../output/log-text';
import { showInvisible } from '../output/visible-text';

/**
 * The runner's protocol, spoken directly: inputs from `INPUT_*` variables, outputs appended to
 * the file the runner names, annotations and masks as `::command::` lines (the job summary has its
 * own writer, src/output/write-summary.ts).
 *
 * Why not `@actions/core` here: importing it loads its HTTP client (undici, ~0.8 MB of bundle) for
 * the OIDC token alone, which more than doubled the start-up time of an offline run. The token is
 * requested with `fetch` instead (oidc-token.ts), which can be aborted at `max-wait-seconds`.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Annotation (and debug) messages are cut here: enough for any message of ours, never megabytes. */
export const MAX_ANNOTATION_CHARS = 2 * MAX_LOG_CHARS;

/** Same rule as the runner: spaces become underscores, the name is upper-cased. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

// Escaping as the runner decodes it: data may not contain line breaks or '%'; property values
// additionally not ':' or ','.
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Annotation text: controls and bidi overrides shown as marks (a NUL would garble the line). */
function visibleData(value: string): string {
  return escapeData(showInvisible(value));
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatCommand(command: string, message: string, properties: Record<string, string | number> = {}): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(showInvisible(capText(String(value), 1024)))}`)
    .join(',');
  // A secret to mask must stay whole; every other message is cut to a few KiB.
  const data = command === 'add-mask' ? escapeData(message) : visibleData(capText(message, MAX_ANNOTATION_CHARS));
  return `::${command}${props ? ` ${props}` : ''}::${data}`;
}

function issue(command: string, message: string, properties?: Record<string, string | number>): void {
  process.stdout.write(`${formatCommand(command, message, properties)}${EOL}`);
}

/** The runner's names for annotation properties. */
function annotationProperties(properties: AnnotationProperties): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (properties.title !== undefined) out.title = properties.title;
  if (properties.file !== undefined) out.file = properties.file;
  if (properties.startLine !== undefined) out.line = properties.startLine;
  if (properties.startColumn !== undefined) out.col = properties.startColumn;
  return out;
}

export function annotate(level: AnnotationLevel, message: string, properties: AnnotationProperties = {}): void {
  issue(level, message, annotationProperties(properties));
}

/** A plain log line: cut to a few KiB, and unable to start a workflow command. */
export function formatInfo(message: string): string {
  return neutralizeCommands(showInvisible(capText(message)));
}

export function info(message: string): void {
  process.stdout.write(`${formatInfo(message)}${EOL}`);
}

export function debug(message: string): void {
  issue('debug', message);
}

/** Registers a secret with the runner, which then masks it in every later log line. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

/**
 * A heredoc delimiter that occurs in neither the name nor the value. It need not be secret: it is
 * checked against the text it encloses and replaced until it does not occur there, so no value
 * (a user name from the report included) can end the block early. Not a random UUID as
 * @actions/core writes: node:crypto would cost every run ~10 ms of start-up for this alone.
 */
let delimiters = 0;
function delimiterFor(name: string, value: string): string {
  for (;;) {
    delimiters += 1;
    const delimiter = `ghadelimiter_${process.pid.toString(36)}_${Date.now().toString(36)}_${delimiters}_${Math.random().toString(36).slice(2)}`;
    if (!name.includes(delimiter) && !value.includes(delimiter)) return delimiter;
  }
}

/** One output, as a heredoc block in `GITHUB_OUTPUT` with a delimiter that cannot occur in it. */
export function formatOutput(name: string, value: string, delimiter = delimiterFor(name, value)): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The output ${name} contains its own delimiter.`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

export function setOutput(name: string, value: string | number): void {
  const file = process.env.GITHUB_OUTPUT;
  if (file) {
    appendFileSync(file, formatOutput(name, String(value)), 'utf8');
  } else {
    // Outside a runner (or a very old one): the deprecated command keeps the value visible.
    issue('set-output', String(value), { name });
  }
}

/** Marks the step failed: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  markFailed();
  annotate('error', message);
}

/** Exit code 1 only, for a failure whose error annotation was already written. */
export function markFailed(): void {
  process.exitCode = 1;
}

/** The workflow's OIDC token, abortable (see oidc-token.ts); loaded only when a token is needed. */
export async function getIdToken(audience: string, signal?: AbortSignal): Promise<string> {
  const { requestIdToken } = await import('./oidc-token');
  return requestIdToken(audience, signal);
}

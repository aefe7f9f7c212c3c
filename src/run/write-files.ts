import { createWriteStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding, FindingsDocument } from '../evaluate/types';
import { streams } from '../lazy-builtins';
import type { GateLogger } from '../logger';
import { buildSarif } from '../output/sarif';
import { logSarifCap } from '../output/sarif-cap';
import { serializeSarif } from '../output/sarif-text';
import { serializePolicyChange } from '../policy-review/policy-change-document';
import type { GateSettings } from '../settings/settings';
import { UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import type { GateRun } from './run-gate';

function cannotWrite(path: string, input: string, error: unknown): UserError {
  const reason = error instanceof Error ? error.message : String(error);
  return new UserError(`Could not write ${input} '${path}': ${reason}. Choose a writable path.`);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * Creates the folder of an output, one level at a time from the nearest that exists. Not
 * `mkdir(…, { recursive: true })`: under a file system that refuses to create anything (/proc),
 * Node's recursive mkdir retries forever at full CPU. Here each level is tried once, so the walk
 * ends after at most as many steps as the path has levels.
 */
export async function ensureDirectory(directory: string): Promise<void> {
  const missing: string[] = [];
  let current = directory;
  for (;;) {
    try {
      if (!(await stat(current)).isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: not a directory, '${current}'`), { code: 'ENOTDIR' });
      }
      break;
    } catch (error) {
      const parent = dirname(current);
      if (errorCode(error) !== 'ENOENT' || parent === current) throw error;
      missing.push(current);
      current = parent;
    }
  }
  for (const level of missing.reverse()) {
    try {
      await mkdir(level);
    } catch (error) {
      // Another writer (a second output in the same new folder) may have made it meanwhile.
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

/** Writes one output file, creating its folder; a failure names the file and the input that chose it. */
export async function writeOutputFile(cwd: string, path: string, content: string, input: string): Promise<void> {
  const target = resolve(cwd, path);
  try {
    await ensureDirectory(dirname(target));
    await writeFile(target, content, 'utf8');
  } catch (error) {
    throw cannotWrite(path, input, error);
  }
}

/**
 * The findings document as JSON text in pieces, one finding per line: a hundred accounts of
 * 5 000 users make a document of tens of MB, which must not be built as one string.
 */
export function* serializeFindingsDocument(document: FindingsDocument): Generator<string> {
  const { findings, baseline, policyChange, errors, ...head } = document;
  const headJson = JSON.stringify(head, null, 2);
  yield `${headJson.slice(0, -2)},\n  "findings": `;
  yield* serializeFindings(findings, '  ');
  yield `,\n  "baseline": `;
  if (baseline === null) {
    yield 'null';
  } else {
    // The fixed findings can be as many as the findings: one per line too.
    const { fixed, ...counts } = baseline;
    yield `${JSON.stringify(counts, null, 2).replace(/\n/g, '\n  ').slice(0, -4)},\n    "fixed": `;
    yield* serializeFindings(fixed, '    ');
    yield '\n  }';
  }
  yield `,\n  "policyChange": `;
  yield* serializePolicyChange(policyChange);
  yield `,\n  "errors": ${JSON.stringify(errors)}\n}\n`;
}

/** A JSON array of findings, one per line, closed at `indent`. */
function* serializeFindings(findings: readonly Finding[], indent: string): Generator<string> {
  yield '[';
  let first = true;
  for (const finding of findings) {
    yield `${first ? '' : ','}\n${indent}  ${JSON.stringify(finding)}`;
    first = false;
  }
  yield `${findings.length > 0 ? `\n${indent}` : ''}]`;
}

export async function writeFindingsDocument(
  cwd: string,
  path: string,
  document: FindingsDocument,
  input: string,
): Promise<void> {
  const target = resolve(cwd, path);
  try {
    await ensureDirectory(dirname(target));
    // pipeline waits for drains and rejects on the first error of either side: a folder or an
    // unwritable file fails the write here, not as an unhandled rejection while a drain is awaited.
    // Loaded here: node:stream costs start-up time a run without json-file does not need to pay.
    const { Readable, pipeline } = streams();
    await pipeline(Readable.from(serializeFindingsDocument(document)), createWriteStream(target, 'utf8'));
  } catch (error) {
    throw cannotWrite(path, input, error);
  }
}

/** Where a saved report goes: the path given, or with several accounts one file each beside it. */
export function savedReportPath(path: string, account: string | null, several: boolean): string {
  return several ? path.replace(/(\.csv)?$/i, `-${account ?? 'unknown'}.csv`) : path;
}

/**
 * The files a run was asked for: findings document, SARIF, and the evaluated CSV(s).
 * `label` names the input or flag in messages (`json-file` in the action, `--json-file` in the CLI).
 */
export async function writeRunFiles(
  run: GateRun,
  settings: GateSettings,
  label: (name: string) => string,
  log?: GateLogger,
): Promise<void> {
  if (settings.jsonFile) {
    await writeFindingsDocument(settings.cwd, settings.jsonFile, run.document, label('json-file'));
  }
  if (settings.sarifFile) {
    const sarif = buildSarif(run, { toolVersion: TOOL_VERSION });
    await writeOutputFile(settings.cwd, settings.sarifFile, serializeSarif(sarif), label('sarif-file'));
    logSarifCap(sarif, log);
  }
  if (settings.saveReport) {
    const several = run.reports.length > 1;
    for (const report of run.reports) {
      const path = savedReportPath(settings.saveReport, report.facts.account, several);
      await writeOutputFile(settings.cwd, path, report.content, label('save-report'));
    }
  }
}

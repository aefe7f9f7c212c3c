import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Finding, FindingsDocument } from '../evaluate/types';
import { buildSarif } from '../output/sarif';
import type { GateSettings } from '../settings/settings';
import { UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import type { GateRun } from './run-gate';

function cannotWrite(path: string, input: string, error: unknown): UserError {
  const reason = error instanceof Error ? error.message : String(error);
  return new UserError(`Could not write ${input} '${path}': ${reason}. Choose a writable path.`);
}

/** Writes one output file, creating its folder; a failure names the file and the input that chose it. */
export async function writeOutputFile(cwd: string, path: string, content: string, input: string): Promise<void> {
  const target = resolve(cwd, path);
  try {
    await mkdir(dirname(target), { recursive: true });
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
  const { findings, baseline, errors, ...head } = document;
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
    await mkdir(dirname(target), { recursive: true });
    const stream = createWriteStream(target, 'utf8');
    const done = new Promise<void>((resolvePromise, reject) => {
      stream.on('error', reject);
      stream.on('finish', resolvePromise);
    });
    for (const chunk of serializeFindingsDocument(document)) {
      if (!stream.write(chunk)) await new Promise<void>((drained) => stream.once('drain', () => drained()));
    }
    stream.end();
    await done;
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
export async function writeRunFiles(run: GateRun, settings: GateSettings, label: (name: string) => string): Promise<void> {
  if (settings.jsonFile) {
    await writeFindingsDocument(settings.cwd, settings.jsonFile, run.document, label('json-file'));
  }
  if (settings.sarifFile) {
    const sarif = buildSarif(run, { toolVersion: TOOL_VERSION });
    await writeOutputFile(settings.cwd, settings.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`, label('sarif-file'));
  }
  if (settings.saveReport) {
    const several = run.reports.length > 1;
    for (const report of run.reports) {
      const path = savedReportPath(settings.saveReport, report.facts.account, several);
      await writeOutputFile(settings.cwd, path, report.content, label('save-report'));
    }
  }
}

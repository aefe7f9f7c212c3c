import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FailOn } from '../evaluate/types';
import { mergeFindingsDocuments, type NamedDocument } from '../merge/merge-documents';
import { readFindingsDocument } from '../merge/read-findings-document';
import { createRedactor } from '../output/redact';
import { renderSummary } from '../output/render-summary';
import type { GateOutcome } from '../run/types';
import { writeFindingsDocument, writeOutputFile } from '../run/write-files';
import { parseInstant } from '../settings/settings';
import { UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import { MERGE_OPTIONS } from './cli-options';
import { parseCommandArgs } from './parse-flags';
import { EXIT, parseFormat, printOutcome, type CliIo } from './run-cli';

function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (value === 'error' || value === 'warning' || value === 'never') return value;
  throw new UserError(`--fail-on is '${value}'; use error, warning or never.`);
}

async function readDocument(cwd: string, file: string): Promise<NamedDocument> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new UserError(`Could not read findings document '${file}': ${reason}. Pass the --json-file of each shard.`);
  }
  return { file, document: readFindingsDocument(text, file) };
}

/**
 * `merge a.json b.json …`: one verdict and summary for the documents of several runs (the shards of
 * a matrix). The shell expands globs; the documents are read in the order given, but the result
 * does not depend on it.
 */
export async function runMerge(args: string[], io: CliIo): Promise<number> {
  // `merge --help` is answered by runCli, from the same option table.
  const { values, positionals } = parseCommandArgs('merge', MERGE_OPTIONS, args);
  const format = parseFormat(values.format);
  const failOn = parseFailOn(values['fail-on']);
  const renderAt = values.now === undefined ? null : parseInstant(values.now, '--now');
  if (positionals.length === 0) {
    throw new UserError('merge needs the findings documents to join: iam-credential-gate merge shard-*.json');
  }

  const documents: NamedDocument[] = [];
  for (const file of positionals) documents.push(await readDocument(io.cwd, file));
  const document = mergeFindingsDocuments(documents, { failOn, version: TOOL_VERSION });
  // The policy is not at hand (only its name travels in the documents), so no exemption details.
  const outcome: GateOutcome = { document, policy: null, exemptions: [] };
  // Without --now, report ages are shown as of the evaluation, so the output depends on the documents alone.
  const now = renderAt ?? Date.parse(document.evaluatedAt);

  const redact = createRedactor(Boolean(values.redact));
  redact.learn(document);

  const jsonFile = values['json-file'] ?? null;
  if (jsonFile !== null) {
    await writeFindingsDocument(io.cwd, jsonFile, document, '--json-file');
  }
  const summaryFile = values['summary-file'];
  if (summaryFile !== undefined) {
    await writeOutputFile(io.cwd, summaryFile, `${renderSummary(outcome, { now, jsonFile, redact })}\n`, '--summary-file');
  }
  printOutcome(outcome, format, io, redact, now);
  for (const message of document.errors) io.stderr(`error: ${redact.text(message)}\n`);
  return EXIT[document.verdict];
}

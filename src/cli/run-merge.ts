import type { FailOn } from '../evaluate/types';
import { expandFindingsFiles } from '../merge/findings-files';
import { mergeFindingsFiles } from '../merge/merge-files';
import { capText } from '../output/log-text';
import { createRedactor } from '../output/redact';
import { renderSummary } from '../output/render-summary';
import { writeFindingsDocument, writeOutputFile } from '../run/write-files';
import { checkOutputPaths, runPaths } from '../settings/output-paths';
import { parseInstant } from '../settings/settings';
import { UserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import { MERGE_OPTIONS } from './cli-options';
import { EXIT, parseFormat, printOutcome, type CliIo } from './cli-output';
import { parseCommandArgs } from './parse-flags';

function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (value === 'error' || value === 'warning' || value === 'never') return value;
  throw new UserError(`--fail-on is '${value}'; use error, warning or never.`);
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

  // The shell expands globs; a quoted one (or a shell without globbing) is expanded here.
  const files = await expandFindingsFiles(positionals, io.cwd, 'merge');
  const jsonFile = values['json-file'] ?? null;
  checkOutputPaths(
    {
      outputs: runPaths({ 'json-file': jsonFile ?? '', 'summary-file': values['summary-file'] ?? '' }).outputs,
      inputs: files.map((path) => ({ input: 'findings document', path })),
    },
    io.cwd,
  );
  const outcome = await mergeFindingsFiles(files, {
    failOn,
    version: TOOL_VERSION,
    access: { cwd: io.cwd, workspace: null, input: 'merge' },
  });
  const { document } = outcome;
  // Without --now, report ages are shown as of the evaluation, so the output depends on the documents alone.
  const now = renderAt ?? Date.parse(document.evaluatedAt);

  const redact = createRedactor(Boolean(values.redact));
  redact.learn(document);

  if (jsonFile !== null) {
    await writeFindingsDocument(io.cwd, jsonFile, document, '--json-file');
  }
  const summaryFile = values['summary-file'];
  if (summaryFile !== undefined) {
    await writeOutputFile(io.cwd, summaryFile, `${renderSummary(outcome, { now, jsonFile, redact })}\n`, '--summary-file');
  }
  printOutcome(outcome, format, io, redact, now);
  for (const message of document.errors) io.stderr(`error: ${capText(redact.text(message))}\n`);
  return EXIT[document.verdict];
}

import type { Finding, FindingsDocument, ReportFacts } from '../evaluate/types';
import { MAX_FINDINGS_DOCUMENT_BYTES } from '../files/limits';
import { readUntrustedFile } from '../files/untrusted-file';
import type { GateLogger } from '../logger';
import { parseFindingsJson, validateFindingsDocument } from '../merge/read-findings-document';
import type { GateSettings } from '../settings/settings';
import { UserError } from '../user-error';
import { compareWithBaseline, type BaselineComparison } from './compare-baseline';

/**
 * Reads the `baseline` file: a findings document of schemaVersion 1. Every problem is a UserError
 * naming the file and what is wrong, never quoting what it holds (a pull request may control it).
 */
export async function readBaseline(settings: Pick<GateSettings, 'cwd' | 'workspace'>, path: string): Promise<FindingsDocument> {
  // In steps, so the bytes and then the text can be dropped as soon as the next form exists: a
  // baseline of a hundred accounts is tens of MB of each.
  const data = parseFindingsJson(await readBaselineText(settings, path), path, 'baseline');
  return validateFindingsDocument(data, path, 'baseline');
}

async function readBaselineText(settings: Pick<GateSettings, 'cwd' | 'workspace'>, path: string): Promise<string> {
  const file = await readUntrustedFile(path, 'baseline', { cwd: settings.cwd, workspace: settings.workspace, input: 'baseline' });
  if (file.bytes.length > MAX_FINDINGS_DOCUMENT_BYTES) {
    throw new UserError(
      `baseline file ${path} is ${file.bytes.length} bytes, over the limit of ${MAX_FINDINGS_DOCUMENT_BYTES} bytes for a findings document; ` +
        'set baseline to the json-file of an earlier run.',
      { file: path },
    );
  }
  return file.bytes.toString('utf8');
}

export interface BaselineStageInput {
  settings: Pick<GateSettings, 'cwd' | 'workspace' | 'newOnly'>;
  /** The `baseline` input. */
  path: string;
  findings: readonly Finding[];
  reports: readonly ReportFacts[];
  log: GateLogger;
}

/** The baseline stage of a run: read the earlier document, then mark this run's findings against it. */
export async function applyBaseline(input: BaselineStageInput): Promise<BaselineComparison> {
  const baseline = await readBaseline(input.settings, input.path);
  if (baseline.verdict === 'error') {
    // Its missing findings only make more findings new: comparing still fails closed.
    input.log.warning(
      `The baseline ${input.path} has verdict 'error' (that run could not evaluate everything): findings it lacks count as new.`,
    );
  }
  return compareWithBaseline({
    findings: input.findings,
    accounts: input.reports.map((report) => report.account),
    baseline,
    file: input.path,
    newOnly: input.settings.newOnly,
  });
}

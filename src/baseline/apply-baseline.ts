import type { Finding, FindingsDocument, ReportFacts } from '../evaluate/types';
import { readUntrustedFileChunks } from '../files/untrusted-file';
import type { GateLogger } from '../logger';
import type { GateSettings } from '../settings/settings';
import { BaselineJoin, type BaselineComparison } from './compare-baseline';
import { streamFindingsDocument, type FindingsDocumentHead, type FindingsSink } from './stream-findings-document';

type BaselineAccess = Pick<GateSettings, 'cwd' | 'workspace'>;

/**
 * Reads the `baseline` file, a findings document of schemaVersion 1, through the untrusted-file
 * checks (confined in the action, regular file, at most 256 MiB), a chunk at a time. Every problem
 * is a UserError naming the file and what is wrong, never quoting what it holds (a pull request may
 * control it).
 */
function streamBaseline(settings: BaselineAccess, path: string, sink: FindingsSink, keepFixed: boolean): Promise<FindingsDocumentHead> {
  const access = { cwd: settings.cwd, workspace: settings.workspace, input: 'baseline' };
  return streamFindingsDocument(() => readUntrustedFileChunks(path, 'baseline', access), { file: path, use: 'baseline', keepFixed }, sink);
}

/** The whole baseline document (the stage itself never holds it: see applyBaseline). */
export async function readBaseline(settings: BaselineAccess, path: string): Promise<FindingsDocument> {
  let findings: Finding[] = [];
  const sink: FindingsSink = {
    finding: (finding) => findings.push(finding),
    restart: () => {
      findings = [];
    },
  };
  const { baseline, policyChange, errors, ...head } = await streamBaseline(settings, path, sink, true);
  return { ...head, findings, baseline, policyChange, errors };
}

export interface BaselineStageInput {
  settings: Pick<GateSettings, 'cwd' | 'workspace' | 'newOnly'>;
  /** The `baseline` input. */
  path: string;
  findings: readonly Finding[];
  reports: readonly ReportFacts[];
  log: GateLogger;
}

/**
 * The baseline stage of a run: this run's findings indexed, then the earlier document's findings
 * looked up in that index as they are read. Of the baseline, only the fixed findings are kept: a
 * baseline of a hundred accounts is tens of MB of text and more once parsed.
 */
export async function applyBaseline(input: BaselineStageInput): Promise<BaselineComparison> {
  const join = new BaselineJoin(
    input.findings,
    input.reports.map((report) => report.account),
  );
  const baseline = await streamBaseline(input.settings, input.path, { finding: (finding) => join.offer(finding), restart: () => join.restart() }, false);
  if (baseline.verdict === 'error') {
    // Its missing findings only make more findings new: comparing still fails closed.
    input.log.warning(
      `The baseline ${input.path} has verdict 'error' (that run could not evaluate everything): findings it lacks count as new.`,
    );
  }
  return join.finish({ file: input.path, evaluatedAt: baseline.evaluatedAt, newOnly: input.settings.newOnly });
}

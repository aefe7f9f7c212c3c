import { readUntrustedFile } from '../files/untrusted-file';
import { parseCredentialReport } from './parse-report';
import { decodeReportText } from './report-text';
import type { CredentialReport } from './types';

export interface ReportFile {
  /** The file's exact text (a byte order mark included), for `save-report`. */
  content: string;
  report: CredentialReport;
}

export interface ReportFileAccess {
  /** Relative paths resolve from here. */
  cwd: string;
  /** The action's GITHUB_WORKSPACE (the file must be inside it); null in the CLI. */
  workspace: string | null;
  /** How messages name the input: `report-file` in the action, `--report-file` in the CLI. */
  input?: string;
}

/**
 * Reads and parses a saved credential report (`report-file`). A pull request can put any file
 * there, so it is read through the untrusted-file reader: confined, regular, at most 64 MiB.
 */
export async function readReportFile(path: string, access: ReportFileAccess): Promise<ReportFile> {
  const { bytes } = await readUntrustedFile(path, 'report', {
    cwd: access.cwd,
    workspace: access.workspace,
    input: access.input ?? 'report-file',
  });
  const content = decodeReportText(bytes, path);
  return { content, report: parseCredentialReport(content, path) };
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ACTION_INPUT, type InputLabel } from '../settings/input-label';
import { UserError } from '../user-error';
import { parseCredentialReport } from './parse-report';
import { decodeReportText } from './report-text';
import type { CredentialReport } from './types';

export interface ReportFile {
  /** The file's exact text (a byte order mark included), for `save-report`. */
  content: string;
  report: CredentialReport;
}

/** Reads and parses a saved credential report (`report-file`). */
export async function readReportFile(path: string, label: InputLabel = ACTION_INPUT): Promise<ReportFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(describeReadFailure(path, error, label), { file: path });
  }
  const content = decodeReportText(bytes, path);
  return { content, report: parseCredentialReport(content, path) };
}

function describeReadFailure(path: string, error: unknown, label: InputLabel): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return (
        `report file ${path} does not exist (looked for ${resolve(path)}). Check ${label('report-file')}: ` +
        'a relative path is resolved from the working directory (the workspace in a workflow).'
      );
    case 'EISDIR':
      return `report file ${path} is a directory. Give ${label('report-file')} the path of the credential report CSV file in it.`;
    case 'EACCES':
    case 'EPERM':
      return `report file ${path} cannot be read: permission denied. Make it readable by the user running the gate.`;
    default:
      return `report file ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}.`;
  }
}

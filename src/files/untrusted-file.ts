import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../user-error';

/**
 * Every file a pull request can control (policy and its `extends`, `compare-policy`, `baseline`,
 * `report-file`, merge inputs) is read through here, so one place holds the rules for them:
 * confinement to the workspace in the action, no `.git`, regular files only, a size cap.
 *
 * (Stage 1: the interface the other stages call. The confinement, kind and size checks are
 * filled in by the untrusted-files work of issue 8.)
 */
export type UntrustedFileKind = 'policy' | 'report' | 'baseline' | 'findings';

export interface UntrustedFileAccess {
  /** Relative paths resolve from here. */
  cwd: string;
  /** The action's GITHUB_WORKSPACE: the file must resolve inside it. null = the CLI (no confinement). */
  workspace: string | null;
  /** The input or flag that named the file, for messages (`baseline`, `report-file`, …). */
  input: string;
}

export interface UntrustedFile {
  /** The path as the user gave it (for messages). */
  path: string;
  /** The resolved absolute path. */
  absolute: string;
  bytes: Buffer;
}

/** Reads a file a pull request may control; every refusal is a UserError naming the file and the input. */
export async function readUntrustedFile(
  path: string,
  kind: UntrustedFileKind,
  access: UntrustedFileAccess,
): Promise<UntrustedFile> {
  const absolute = resolve(access.cwd, path);
  try {
    return { path, absolute, bytes: await readFile(absolute) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'unknown error'})`;
    throw new UserError(`${kind} file ${path} ${why} (${access.input}; looked for ${absolute}).`, { file: path });
  }
}

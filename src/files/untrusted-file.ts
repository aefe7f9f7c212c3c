import { constants, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../user-error';
import { MAX_FINDINGS_DOCUMENT_BYTES, MAX_POLICY_BYTES, MAX_REPORT_BYTES } from './limits';
import { quoteText } from './quote-text';

/**
 * Every file a pull request can control (policy and its `extends`, `compare-policy`, `baseline`,
 * `report-file`, merge inputs) is read through here, so one place holds the rules for them:
 *
 * - in the action (`workspace` set) the path, symlinks followed, must lie inside the workspace:
 *   a pull request must not make the gate read the runner's files (`/etc/shadow`, `~/.aws`);
 * - never inside a `.git` directory, where actions/checkout keeps the token (`.git/config`);
 * - a regular file only, checked before it is opened and again on the open descriptor: a symlink
 *   to `/dev/zero` or a FIFO is refused at once instead of being read until memory runs out or
 *   blocking the job forever;
 * - at most the kind's size cap (`limits.ts`) is ever read;
 * - a policy file is named `*.yml` or `*.yaml`.
 *
 * Messages name the file and the input and say what to do; they never show the file's content.
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

/** The most bytes read for a file of each kind. */
export const UNTRUSTED_FILE_CAPS: Readonly<Record<UntrustedFileKind, number>> = {
  policy: MAX_POLICY_BYTES,
  report: MAX_REPORT_BYTES,
  baseline: MAX_FINDINGS_DOCUMENT_BYTES,
  findings: MAX_FINDINGS_DOCUMENT_BYTES,
};

const LABEL: Readonly<Record<UntrustedFileKind, string>> = {
  policy: 'policy file',
  report: 'report file',
  baseline: 'baseline',
  findings: 'findings document',
};

/** What a file of each kind is, for the messages that say the file is not one. */
const EXPECTED: Readonly<Record<UntrustedFileKind, string>> = {
  policy: 'the policy YAML file',
  report: 'the credential report CSV file',
  baseline: 'the json-file of an earlier run',
  findings: 'the json-file of a run',
};

const POLICY_EXTENSION = /\.ya?ml$/i;

/** Reads a file a pull request may control; every refusal is a UserError naming the file and the input. */
export async function readUntrustedFile(
  path: string,
  kind: UntrustedFileKind,
  access: UntrustedFileAccess,
): Promise<UntrustedFile> {
  const checked = await checkPath(path, kind, access);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of readCapped(checked, kind)) {
    chunks.push(chunk);
    total += chunk.length;
  }
  return { path, absolute: checked.absolute, bytes: Buffer.concat(chunks, total) };
}

/**
 * The same file as chunks of at most `chunkBytes`, for a reader that must not hold it whole (a
 * `baseline` of tens of MB): every check of readUntrustedFile, and the cap, hold the same. The file
 * is opened when the first chunk is asked for and closed when the iteration ends, also early.
 */
export async function* readUntrustedFileChunks(
  path: string,
  kind: UntrustedFileKind,
  access: UntrustedFileAccess,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<Buffer, void, undefined> {
  yield* readCapped(await checkPath(path, kind, access), kind, chunkBytes);
}

interface CheckedPath {
  absolute: string;
  /** Symlinks resolved. */
  real: string;
  /** What `stat` saw before the file was opened. */
  before: Stats;
  refuse: Refuse;
}

/** Every check that comes before opening the file: confinement, `.git`, regular file, cap, extension. */
async function checkPath(path: string, kind: UntrustedFileKind, access: UntrustedFileAccess): Promise<CheckedPath> {
  const absolute = resolve(access.cwd, path);
  const refuse = refusal(path, kind, access);

  const workspace = access.workspace === null ? null : await realWorkspace(access.workspace);
  const outside = (target: string) =>
    refuse(
      `resolves to ${shown(target)}, outside the workspace ${shown(workspace ?? '')}. In a workflow the gate reads ` +
        'only files inside GITHUB_WORKSPACE: check the file out there and give a path inside it',
      'outside-workspace',
    );
  // The path as written first, so whether a file outside the workspace exists is never told.
  if (access.workspace !== null && workspace !== null) {
    const lexicallyInside = isInside(resolve(access.workspace), absolute) || isInside(workspace, absolute);
    if (!lexicallyInside) throw outside(absolute);
  }
  if (insideGitDirectory(absolute)) throw gitDirectory(refuse, kind, absolute, absolute);

  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    throw refuse(...unreadable(error, absolute));
  }
  if (workspace !== null && !isInside(workspace, real)) throw outside(real);
  if (insideGitDirectory(real)) throw gitDirectory(refuse, kind, absolute, real);

  // stat before open: opening a FIFO would block until a writer appears, and a device has no end.
  let before: Stats;
  try {
    before = await stat(real);
  } catch (error) {
    throw refuse(...unreadable(error, absolute));
  }
  checkStats(before, kind, real === absolute ? null : real, refuse);
  if (kind === 'policy' && !POLICY_EXTENSION.test(real)) {
    const target = real === absolute ? '' : ` (it resolves to ${shown(real)})`;
    throw refuse(`is not a .yml or .yaml file${target}. A policy file is YAML named *.yml or *.yaml`, 'not-yaml');
  }
  return { absolute, real, before, refuse };
}

/** Why a file was refused, for callers that add advice of their own (the policy loader). */
export type UntrustedFileRefusal =
  | 'missing'
  | 'outside-workspace'
  | 'git-directory'
  | 'not-regular'
  | 'not-yaml'
  | 'too-large'
  | 'unreadable';

export class UntrustedFileError extends UserError {
  constructor(
    message: string,
    readonly file: string,
    readonly reason: UntrustedFileRefusal,
  ) {
    super(message, { file });
  }
}

type Refuse = (why: string, reason: UntrustedFileRefusal) => UntrustedFileError;

function gitDirectory(refuse: Refuse, kind: UntrustedFileKind, absolute: string, real: string): UntrustedFileError {
  return refuse(
    `${real === absolute ? 'is' : `resolves to ${shown(real)},`} inside a .git directory, which holds the ` +
      `repository's credentials and is never read. Give the path of ${EXPECTED[kind]} in the checkout`,
    'git-directory',
  );
}

function refusal(path: string, kind: UntrustedFileKind, access: UntrustedFileAccess): Refuse {
  return (why, reason) => new UntrustedFileError(`${LABEL[kind]} ${shown(path)} (${access.input}) ${why}.`, path, reason);
}

/** A path as messages show it: it came from an input or a policy, so it is escaped. */
function shown(path: string): string {
  return quoteText(path, 200);
}

async function realWorkspace(workspace: string): Promise<string> {
  try {
    return await realpath(workspace);
  } catch {
    // A workspace that does not exist holds no file: every path then resolves outside it.
    return resolve(workspace);
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Any component named `.git`, in any case (case-insensitive file systems open `.GIT/config` too). */
function insideGitDirectory(path: string): boolean {
  return path.split(/[\\/]/).some((component) => component.toLowerCase() === '.git');
}

function checkStats(stats: Stats, kind: UntrustedFileKind, target: string | null, refuse: Refuse): void {
  const via = target === null ? '' : ` (it resolves to ${shown(target)})`;
  if (stats.isDirectory()) {
    throw refuse(`is a directory${via}. Give the path of ${EXPECTED[kind]} in it`, 'not-regular');
  }
  if (!stats.isFile()) {
    throw refuse(`is not a regular file but ${kindOf(stats)}${via}. Give the path of ${EXPECTED[kind]}`, 'not-regular');
  }
  const cap = UNTRUSTED_FILE_CAPS[kind];
  if (stats.size > cap) throw refuse(oversize(stats.size, kind), 'too-large');
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

function oversize(size: number | null, kind: UntrustedFileKind): string {
  const cap = UNTRUSTED_FILE_CAPS[kind];
  const what = size === null ? 'is larger than' : `is ${size.toLocaleString('en-US')} bytes, over`;
  return `${what} the cap of ${formatMiB(cap)} for a ${LABEL[kind]}. Check that it is ${EXPECTED[kind]} (the caps are listed in the README)`;
}

function formatMiB(bytes: number): string {
  return `${bytes / (1024 * 1024)} MiB`;
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads at most cap + 1 bytes from the descriptor, in chunks, after checking on the descriptor
 * itself that it is still the regular file `stat` saw: the path could have been swapped in between.
 */
async function* readCapped(checked: CheckedPath, kind: UntrustedFileKind, chunkBytes = CHUNK_BYTES): AsyncGenerator<Buffer, void, undefined> {
  const { real, before, refuse } = checked;
  const cap = UNTRUSTED_FILE_CAPS[kind];
  // O_NONBLOCK: should a FIFO appear at the path after all, opening it must not wait for a writer.
  // O_NOFOLLOW: `real` has no symlinks; one that appears now is a swap, not the user's file.
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  let handle: FileHandle;
  try {
    handle = await open(real, flags);
  } catch (error) {
    throw refuse(...unreadable(error, real));
  }
  try {
    const stats = await handle.stat();
    if (stats.ino !== before.ino || stats.dev !== before.dev) {
      throw refuse('changed while it was being opened. Run the gate again on a file nothing else writes', 'unreadable');
    }
    checkStats(stats, kind, null, refuse);
    let total = 0;
    for (;;) {
      const want = Math.min(cap + 1 - total, chunkBytes);
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // A file that grew past its stat size (or a /proc file, which reports none) stops here.
      if (total > cap) throw refuse(oversize(null, kind), 'too-large');
      // A consumer that stops early ends the generator here (no error): `finally` closes the file.
      yield bytesRead === want ? chunk : chunk.subarray(0, bytesRead);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw refuse(...unreadable(error, real));
  } finally {
    await handle.close();
  }
}

function unreadable(error: unknown, absolute: string): [string, UntrustedFileRefusal] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return [
        `does not exist (looked for ${shown(absolute)}). A relative path is resolved from the working ` +
          'directory (the workspace in a workflow)',
        'missing',
      ];
    case 'ENOTDIR':
      return [`does not exist: a part of the path is a file, not a directory (looked for ${shown(absolute)})`, 'missing'];
    case 'ELOOP':
      return ['cannot be read: its symlinks form a loop. Point it at the file itself', 'unreadable'];
    case 'EISDIR':
      return ['is a directory. Give the path of the file in it', 'not-regular'];
    case 'EACCES':
    case 'EPERM':
      return ['cannot be read: permission denied. Make it readable by the user running the gate', 'unreadable'];
    case 'EAGAIN':
      return ['is not a regular file (reading it would block). Give the path of a regular file', 'not-regular'];
    default:
      return [`cannot be read (${code ?? String(error)})`, 'unreadable'];
  }
}

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { renderStarterPolicy } from '../policy/render-starter-policy';
import { UserError } from '../user-error';

export const DEFAULT_POLICY_FILE = '.github/iam-policy.yml';
const EXAMPLE_EXEMPTION_DAYS = 90;

interface InitIo {
  stdout: (text: string) => void;
  cwd: string;
  now: () => number;
}

/** `init [FILE]`: writes the starter policy, creating its folder; never overwrites a file. */
export async function runInit(file: string | null, io: InitIo): Promise<number> {
  const path = file ?? DEFAULT_POLICY_FILE;
  const absolute = resolve(io.cwd, path);
  const expires = new Date(io.now() + EXAMPLE_EXEMPTION_DAYS * 86_400_000).toISOString().slice(0, 10);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    // `wx`: fail if the file exists, in one step (no check-then-write race).
    await writeFile(absolute, renderStarterPolicy(expires), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      throw new UserError(`${path} already exists; init never overwrites a policy. Pass another FILE, or edit that one.`);
    }
    throw new UserError(`Could not write ${path}: ${error instanceof Error ? error.message : String(error)}.`);
  }
  io.stdout(
    `Wrote ${path}: builtin:recommended with every rule listed. Check it with\n` +
      `  iam-credential-gate validate --policy ${path}\n`,
  );
  return 0;
}

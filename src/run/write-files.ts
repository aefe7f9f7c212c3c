import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../user-error';

/** Writes one output file, creating its folder; a failure names the file and the input that chose it. */
export async function writeOutputFile(cwd: string, path: string, content: string, input: string): Promise<void> {
  const target = resolve(cwd, path);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`Could not write ${input} '${path}': ${reason}. Choose a writable path.`);
  }
}

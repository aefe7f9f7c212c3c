import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../user-error';

/**
 * The findings documents a merge joins, from paths and globs (`findings-files`, or the CLI's
 * arguments): a glob expands to the files it matches, relative to `cwd` and sorted, so the list
 * does not depend on the file system's order. A glob that matches nothing is an error: a shard
 * whose artifact is missing must not let the merge pass without it. A plain path is kept as given
 * (reading it says whether it exists).
 */
export async function expandFindingsFiles(entries: readonly string[], cwd: string, input: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of entries) {
    if (!isDynamicPattern(entry)) {
      files.push(entry);
      continue;
    }
    const matches = await glob(entry, { cwd, onlyFiles: true, expandDirectories: false, dot: false });
    if (matches.length === 0) {
      throw new UserError(
        `${input} has the pattern '${entry}', which matches no file (looked in ${cwd}). ` +
          'Did a shard fail before writing its document, or was its artifact not downloaded?',
      );
    }
    files.push(...matches.sort());
  }
  return [...new Set(files)];
}

import { resolve } from 'node:path';
import { UserError } from '../user-error';

/** A path one input or flag names, with that input's name for messages. */
export interface NamedPath {
  input: string;
  path: string;
}

/** What a run writes and what it reads, by input (`builtin:` policies are not files). */
export interface RunPaths {
  outputs: NamedPath[];
  inputs: NamedPath[];
}

function present(input: string, path: string | null | undefined): NamedPath[] {
  return path ? [{ input, path }] : [];
}

function fileRef(input: string, ref: string | null | undefined): NamedPath[] {
  return ref && !ref.startsWith('builtin:') ? [{ input, path: ref }] : [];
}

/** The paths of one run's inputs (raw values by input name, as the settings parser reads them). */
export function runPaths(raw: Partial<Record<string, string>>): RunPaths {
  const value = (name: string): string | null => raw[name]?.trim() || null;
  return {
    outputs: [
      ...present('json-file', value('json-file')),
      ...present('sarif-file', value('sarif-file')),
      ...present('save-report', value('save-report')),
      // The CLI's --summary-file; the action has no such input.
      ...present('summary-file', value('summary-file')),
    ],
    inputs: [
      ...fileRef('policy', value('policy') ?? 'builtin:recommended'),
      ...present('report-file', value('report-file')),
      ...present('baseline', value('baseline')),
      ...fileRef('compare-policy', value('compare-policy')),
    ],
  };
}

/**
 * Two outputs on one path would silently keep only the last write, and an output on an input file
 * would destroy what the run reads (the policy, the report): both are refused before anything runs.
 * Paths compare resolved against `cwd`.
 */
export function checkOutputPaths(paths: RunPaths, cwd: string): void {
  const seen = new Map<string, NamedPath>();
  for (const output of paths.outputs) {
    const absolute = resolve(cwd, output.path);
    const earlier = seen.get(absolute);
    if (earlier !== undefined) {
      throw new UserError(
        `Inputs '${earlier.input}' and '${output.input}' both write ${absolute}, so one would silently replace ` +
          'the other. Give each output its own path.',
      );
    }
    seen.set(absolute, output);
  }
  for (const input of paths.inputs) {
    const output = seen.get(resolve(cwd, input.path));
    if (output !== undefined) {
      throw new UserError(
        `Input '${output.input}' would write ${resolve(cwd, input.path)}, which is the file of input '${input.input}' ` +
          `that this run reads; writing it would destroy it. Choose another path for '${output.input}'.`,
      );
    }
  }
}

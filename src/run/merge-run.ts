import type { GateLogger } from '../logger';
import { expandFindingsFiles } from '../merge/findings-files';
import { mergeFindingsFiles } from '../merge/merge-files';
import { checkOutputPaths, runPaths } from '../settings/output-paths';
import type { GateSettings } from '../settings/settings';
import { isUserError } from '../user-error';
import { TOOL_VERSION } from '../version';
import { refusedRun } from './refused-run';
import type { GateRun } from './run-gate';

/**
 * `mode: merge`: the findings documents of `findings-files` (paths or globs) joined into one
 * verdict, as the CLI's `merge` does. Any problem (a glob that matches nothing, a file that is not
 * a findings document, an output on one of the inputs) ends in verdict `error` naming it.
 */
export async function runMerge(settings: GateSettings, log: GateLogger): Promise<GateRun> {
  try {
    const files = await expandFindingsFiles(settings.findingsFiles, settings.cwd, "Input 'findings-files'");
    // Writing json-file onto a shard's document would destroy what the merge read.
    checkOutputPaths(
      {
        outputs: runPaths({ 'json-file': settings.jsonFile ?? '', 'sarif-file': settings.sarifFile ?? '' }).outputs,
        inputs: files.map((path) => ({ input: 'findings-files', path })),
      },
      settings.cwd,
    );
    log.info(`Merging ${files.length} findings ${files.length === 1 ? 'document' : 'documents'}: ${files.join(', ')}.`);
    const outcome = await mergeFindingsFiles(files, {
      failOn: settings.failOn,
      version: TOOL_VERSION,
      access: { cwd: settings.cwd, workspace: settings.workspace, input: 'findings-files' },
    });
    return { ...outcome, reports: [], policyWarnings: [] };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return refusedRun(error.message, { failOn: settings.failOn, policy: settings.policy, now: settings.now });
  }
}

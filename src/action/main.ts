import * as core from '@actions/core';
import { runAction } from './run-action';

// The one catch: anything that reaches it is our own bug, so it keeps its stack for the bug report.
runAction().catch((error: unknown) => {
  core.setOutput('result', 'error');
  core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
});

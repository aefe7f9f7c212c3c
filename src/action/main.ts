import { setFailed, setOutput } from './workflow-commands';
import { runAction } from './run-action';

// The one catch: anything that reaches it is our own bug, so it keeps its stack for the bug report.
runAction().catch((error: unknown) => {
  setOutput('result', 'error');
  setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
});

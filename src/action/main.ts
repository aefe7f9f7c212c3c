import { setFailed, setOutput } from './workflow-commands';
import { runAction } from './run-action';
import { exitOnceFlushed } from '../run/exit-once-flushed';

/**
 * Once the run has written its outputs, nothing may keep the job running: a socket or timer left
 * behind by a library (a request nobody can abort) would hold the step open until the job's
 * timeout. The process exits as soon as stdout has drained to the runner, within the grace.
 */
const EXIT_GRACE_MS = 2_000;

// The one catch: anything that reaches it is our own bug, so it keeps its stack for the bug report.
runAction()
  .catch((error: unknown) => {
    setOutput('result', 'error');
    setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
  })
  .finally(() => {
    exitOnceFlushed(EXIT_GRACE_MS);
  });

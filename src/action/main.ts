import { setFailed, setOutput } from './workflow-commands';
import { runAction } from './run-action';

/**
 * Once the run has written its outputs, nothing may keep the job running: a socket or timer left
 * behind by a library (a request nobody can abort) would hold the step open until the job's
 * timeout. The timer is unref'd, so a run that leaves nothing behind exits at once; the grace lets
 * stdout drain to the runner first.
 */
const EXIT_GRACE_MS = 2_000;

// The one catch: anything that reaches it is our own bug, so it keeps its stack for the bug report.
runAction()
  .catch((error: unknown) => {
    setOutput('result', 'error');
    setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
  })
  .finally(() => {
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
  });

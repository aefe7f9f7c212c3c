import { setFailed, setOutput } from './workflow-commands';
import { runAction } from './run-action';
import { exitOnceFlushed } from '../run/exit-once-flushed';

// The one catch: anything that reaches it is our own bug, so it keeps its stack for the bug report.
// Once the run has written its outputs, nothing may keep the job running: a socket or timer left
// behind by a library (a request nobody can abort) would hold the step open until the job's
// timeout. The process exits as soon as stdout has drained to the runner (exit-once-flushed.ts).
runAction()
  .catch((error: unknown) => {
    setOutput('result', 'error');
    setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
  })
  .finally(() => {
    exitOnceFlushed();
  });

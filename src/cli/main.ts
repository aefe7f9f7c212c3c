import { runCli } from './run-cli';
import { exitOnceFlushed } from '../run/exit-once-flushed';

// The AWS SDK warns on every run under Node < 22 that its releases after January 2027 will need
// Node 22 (NodeVersionSupportWarning). Our supported versions are declared in package.json
// `engines` and the README; that notice would only be noise in the CLI's output. This is the
// SDK's own switch (emitWarningIfUnsupportedVersion in the SDK's core package); a user who sets it keeps theirs.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
  ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}),
  env: process.env,
  cwd: process.cwd(),
  now: () => Date.now(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only our own bugs get here: keep the stack for the bug report, and never exit 0.
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
).finally(() => {
  exitOnceFlushed();
});

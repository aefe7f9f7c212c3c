import type { CliIo } from '../../src/cli/run-cli';

/** A CliIo that collects stdout and stderr, not a terminal, with a fixed clock. */
export function collectingIo(cwd: string, env: NodeJS.ProcessEnv = {}): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    stdoutIsTty: false,
    stderrIsTty: false,
    env,
    cwd,
    now: () => Date.parse('2026-11-21T00:00:00Z'),
  };
  return { io, out };
}

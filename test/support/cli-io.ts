import type { CliIo } from '../../src/cli/run-cli';
import { runCli } from '../../src/cli/run-cli';

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

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output (not a terminal unless told). */
export async function cli(argv: string[], options: Partial<CliIo> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTty: false,
    stderrIsTty: false,
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    now: () => Date.parse('2026-11-20T12:00:00Z'),
    ...options,
  });
  return { code, stdout, stderr };
}

import type { CliIo } from '../../src/cli/run-cli';
import { runCli } from '../../src/cli/run-cli';

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

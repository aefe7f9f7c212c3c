import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const ACTION_BUNDLE = join(REPO_ROOT, 'dist', 'index.js');
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'index.js');

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a bundle with plain `node` and only the environment given (no node_modules on NODE_PATH). */
export function runNode(script: string, args: string[], env: Record<string, string>, cwd: string): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** Parses a GITHUB_OUTPUT file (`name<<DELIMITER\nvalue\nDELIMITER` blocks, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/**
 * Runs dist/index.js as a runner would: inputs as INPUT_<NAME> variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the workspace as the working directory.
 */
export async function runActionBundle(
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; workspace?: string; files?: Record<string, string> } = {},
): Promise<ActionRun> {
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'icg-action-'));
  for (const [name, content] of Object.entries(options.files ?? {})) writeFileSync(join(workspace, name), content);
  const outputFile = join(workspace, '.github-output');
  const summaryFile = join(workspace, '.github-step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runNode(ACTION_BUNDLE, [], env, workspace);
  return {
    ...result,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace,
  };
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GateLogger } from '../../src/logger';
import { writeSummary } from '../../src/output/write-summary';

function collectingLogger(): GateLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => undefined, warning: (m) => warnings.push(m), debug: () => undefined };
}

describe('writeSummary', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('appends the Markdown to GITHUB_STEP_SUMMARY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    dirs.push(dir);
    const file = join(dir, 'step-summary.md');
    writeFileSync(file, 'earlier step\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
    const log = collectingLogger();
    await expect(writeSummary('## ✅ passed', log)).resolves.toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('earlier step\n## ✅ passed\n');
    expect(log.warnings).toEqual([]);
  });

  it('appends a summary given as parts, in order, with one line end after the last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    dirs.push(dir);
    const file = join(dir, 'step-summary.md');
    writeFileSync(file, 'earlier step\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
    const big = `| 🔴 error | \`u\` |\n`.repeat(40_000);
    await expect(writeSummary(['## ❌ failed\n\n', big, '### How to fix\n'], collectingLogger())).resolves.toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(`earlier step\n## ❌ failed\n\n${big}### How to fix\n\n`);
  });

  it('warns instead of failing when there is no summary file', async () => {
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    const log = collectingLogger();
    await expect(writeSummary('## x', log)).resolves.toBe(false);
    expect(log.warnings[0]).toMatch(/^Could not write the job summary: /);
  });

  it('warns instead of failing when the summary file cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    dirs.push(dir);
    const log = collectingLogger();
    // A directory where the file should be: appendFile fails with EISDIR.
    await expect(writeSummary('## x', log, dir)).resolves.toBe(false);
    expect(log.warnings[0]).toMatch(/^Could not write the job summary: .*EISDIR/);
  });
});

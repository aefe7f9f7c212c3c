import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readBaseline } from '../../src/baseline/apply-baseline';
import { isUserError } from '../../src/user-error';

// A real 256 MiB file is too slow for a test: the cap is lowered instead, the check is the same.
vi.mock('../../src/files/limits', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/files/limits')>()),
  MAX_FINDINGS_DOCUMENT_BYTES: 64,
}));

describe('readBaseline size cap', () => {
  it('refuses a baseline over MAX_FINDINGS_DOCUMENT_BYTES, naming the file, without quoting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icg-baseline-cap-'));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ schemaVersion: 1, padding: 'SECRET'.repeat(50) }));
    const error: unknown = await readBaseline({ cwd: dir, workspace: null }, 'big.json').catch((caught: unknown) => caught);
    expect(isUserError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/big\.json/);
    expect(message).toMatch(/limit|too large|bytes/i);
    expect(message).not.toContain('SECRET');
  });
});

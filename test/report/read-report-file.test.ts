import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readReportFile } from '../../src/report/read-report-file';
import { isUserError, type UserError } from '../../src/user-error';
import { reportCsv, rootRow, userRow } from '../support/report-builder';
import { fixturePath } from './report-test-files';

// Running as root (as CI containers often do) ignores file modes, so a permission error is
// simulated for one path; every other path reads the real file system.
const DENIED = 'denied.csv';
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    readFile: (path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) =>
      String(path).endsWith(DENIED)
        ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' }))
        : (real.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest),
  };
});

async function userErrorOf(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

describe('readReportFile', () => {
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-file-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns the exact text, byte order mark included, and the parsed report', async () => {
    const text = reportCsv([rootRow(), userRow({ user: 'alice' })], { bom: true, lineEnding: '\r\n', trailingNewline: true });
    const path = join(dir, 'report.csv');
    await writeFile(path, text, 'utf8');

    const { content, report } = await readReportFile(path);
    expect(content).toBe(text);
    expect(content.charCodeAt(0)).toBe(0xfeff);
    expect(report.source).toBe(path);
    expect(report.rows.map((row) => row.user)).toEqual(['<root_account>', 'alice']);
  });

  it('reads a fixture through its path', async () => {
    const { report } = await readReportFile(fixturePath('modern.csv'));
    expect(report.rows).toHaveLength(4);
  });

  it('says when the file does not exist, with the absolute path it looked at', async () => {
    const error = await userErrorOf(readReportFile('no/such/report.csv'));
    expect(error.message).toBe(
      `report file no/such/report.csv does not exist (looked for ${resolve('no/such/report.csv')}). Check input 'report-file': ` +
        'a relative path is resolved from the working directory (the workspace in a workflow).',
    );
    expect(error.position).toEqual({ file: 'no/such/report.csv' });
  });

  it('says when the path is a directory', async () => {
    const path = join(dir, 'reports');
    await mkdir(path);
    expect((await userErrorOf(readReportFile(path))).message).toBe(
      `report file ${path} is a directory. Give input 'report-file' the path of the credential report CSV file in it.`,
    );
  });

  it('says when the file cannot be read', async () => {
    const path = join(dir, DENIED);
    expect((await userErrorOf(readReportFile(path))).message).toBe(
      `report file ${path} cannot be read: permission denied. Make it readable by the user running the gate.`,
    );
  });

  it('passes on other file-system errors with their reason', async () => {
    const path = join(dir, 'report.csv', 'inside-a-file.csv');
    await writeFile(join(dir, 'report.csv'), 'x');
    expect((await userErrorOf(readReportFile(path))).message).toMatch(
      new RegExp(`^report file ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read: ENOTDIR`),
    );
  });

  it('refuses an empty file, naming it', async () => {
    const path = fixturePath('broken-empty.csv');
    expect((await userErrorOf(readReportFile(path))).message).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is empty: `),
    );
  });

  it('refuses a file that is not UTF-8', async () => {
    const path = join(dir, 'report.xlsx');
    await writeFile(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]));
    expect((await userErrorOf(readReportFile(path))).message).toBe(
      `${path} is not UTF-8 text (a spreadsheet or a compressed file?), and a credential report is CSV text. ` +
        'Save one unchanged with: aws iam get-credential-report --query Content --output text | base64 --decode > report.csv',
    );
  });

  it('names the file in parse errors', async () => {
    const path = fixturePath('broken-bad-date.csv');
    expect((await userErrorOf(readReportFile(path))).message.startsWith(`${path}:4:90: `)).toBe(true);
  });
});

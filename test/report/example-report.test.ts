import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCredentialReport } from '../../src/report/parse-report';
import type { CredentialReportRow, DateField } from '../../src/report/types';
import { repoRoot } from './report-test-files';

// `npm start` evaluates this report at this instant; the README walks through its findings.
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const GENERATED = Date.UTC(2026, 10, 20, 11, 58, 0);
const text = readFileSync(resolve(repoRoot, 'examples', 'credential-report.csv'), 'utf8');
const report = parseCredentialReport(text, 'examples/credential-report.csv');

function row(user: string): CredentialReportRow {
  const found = report.rows.find((candidate) => candidate.user === user);
  if (found === undefined) throw new Error(`no row for ${user}`);
  return found;
}

function ageDays(field: DateField): number {
  if (field.kind !== 'date') throw new Error(`not a date: ${field.kind}`);
  return Math.floor((NOW - field.at) / 86_400_000);
}

function dates(candidate: CredentialReportRow): DateField[] {
  return [
    candidate.userCreationTime,
    candidate.passwordLastUsed,
    candidate.passwordLastChanged,
    candidate.passwordNextRotation,
    ...candidate.accessKeys.flatMap((key) => [key.lastRotated, key.lastUsed]),
    ...candidate.certs.map((cert) => cert.lastRotated),
  ];
}

describe('examples/credential-report.csv', () => {
  it('looks like a modern report of one account: Z dates, LF, no trailing newline', () => {
    expect(report.accountId).toBe('123456789012');
    expect(report.partition).toBe('aws');
    expect(report.columns).toHaveLength(22);
    expect(report.rows).toHaveLength(16);
    expect(text.endsWith('\n')).toBe(false);
    expect(text).not.toContain('\r');
    expect(text).not.toContain('+00:00');
  });

  it('has nothing dated after the report was generated', () => {
    const instants = report.rows.flatMap(dates).flatMap((field) => (field.kind === 'date' ? [field.at] : []));
    expect(Math.max(...instants)).toBeLessThanOrEqual(GENERATED);
  });

  it('shows the cases the README walks through', () => {
    const root = report.rows[0];
    expect(root?.isRoot).toBe(true);
    expect(root?.mfaActive).toBe(true);
    expect(root?.accessKeys.some((key) => key.active)).toBe(false);

    expect(ageDays(row('carol.diaz').accessKeys[0].lastRotated)).toBe(200);

    const neverUsed = row('data-export').accessKeys[0];
    expect(neverUsed).toMatchObject({ active: true, lastUsed: { kind: 'N/A' } });
    expect(ageDays(neverUsed.lastRotated)).toBe(60);

    expect(row('bob.martin')).toMatchObject({ passwordEnabled: true, mfaActive: false });
    expect(row('dave.kim')).toMatchObject({ passwordEnabled: true, mfaActive: true });
    expect(ageDays(row('dave.kim').passwordLastUsed)).toBeGreaterThan(45);

    expect(row('ci-deploy').accessKeys.map((key) => key.active)).toEqual([true, true]);
    expect(row('jane.doe+ci@example.com').arn).toBe('arn:aws:iam::123456789012:user/jane.doe+ci@example.com');

    const vendor = row('vendor-sync');
    expect(vendor.arn).toBe('arn:aws:iam::123456789012:user/vendors/vendor-sync');
    expect(ageDays(vendor.accessKeys[0].lastRotated)).toBeGreaterThan(90);

    // Upcoming under `warn_days: 14`: older than 90 − 14 days, not older than 90.
    expect(ageDays(row('erin.walsh').accessKeys[0].lastRotated)).toBe(80);

    const compliant = row('alice.nguyen');
    expect(compliant).toMatchObject({ passwordEnabled: true, mfaActive: true });
    expect(ageDays(compliant.passwordLastUsed)).toBe(0);
  });
});
